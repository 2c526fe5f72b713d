package org.summitoutcomes.model;

import java.util.EnumSet;
import java.util.Set;

/** Entity types of the extraction contract, section 1. */
public enum EntityType {
    COUNTRY, LEADER, PERSON, CENTER, MECHANISM, DOCUMENT, INITIATIVE, MONEY, DATE, ORGANIZATION, LOCATION, QUANTITY;

    /** The types the headline score counts. */
    public static final Set<EntityType> CORE = EnumSet.of(COUNTRY, LEADER, CENTER, DOCUMENT, MONEY, DATE);
}
