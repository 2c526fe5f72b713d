package org.summitoutcomes.model;

/** Relation types of the extraction contract, section 2. */
public enum RelationType { AGREEMENT, COMMITMENT }
