package org.summitoutcomes.tag;

import edu.stanford.nlp.ling.CoreAnnotation;

/** Token annotations the tag stage adds so TokensRegex rules can refer to gazetteer matches. */
public final class TagKeys {
    private TagKeys() {}

    /** The gazetteer type of a token: COUNTRY, DEMONYM, LEADER, ORGANIZATION, LOCATION, NAME, ROLE. */
    public static final class GazType implements CoreAnnotation<String> {
        @Override public Class<String> getType() { return String.class; }
    }
}
