package org.summitoutcomes.extract;

import org.summitoutcomes.rules.FrameRule;

/**
 * A frame rule's match in one segment, as segment token indices (0-based): the trigger word, the head of the
 * party phrase (-1 when the rule takes no party node) and the head of the object.
 */
record Frame(FrameRule rule, ParsedSegment parsed, int trigger, int party, int object) {}
