package org.summitoutcomes.model;

import java.util.Locale;

/** How firmly a COMMITMENT is made (contract section 2). */
public enum Modality {
    DECIDED, PLEDGED, PLANNED, PROPOSED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Modality parse(String label) {
        return label == null ? null : valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
