package org.summitoutcomes.consolidate;

import java.util.ArrayList;
import java.util.List;

/**
 * The event codes of a record ({@code lexicons/event-codes.tsv}): for a type, closed action and modality, the
 * PLOVER event type and mode and the nearest CAMEO code. The first matching row wins; the table ends with a
 * catch-all row per type, so every record gets codes.
 */
public final class EventCodes {
    /** A PLOVER type, PLOVER mode ({@code null} when none) and CAMEO code (a string: leading zeros matter). */
    public record Code(String ploverType, String ploverMode, String cameo) {}

    private record Row(String type, String action, String modality, Code code) {}

    private static final org.summitoutcomes.nlp.Lazy<EventCodes> STANDARD = new org.summitoutcomes.nlp.Lazy<>(() -> new EventCodes(Lexicon.rows("lexicons/event-codes.tsv", 7)));
    private final List<Row> rows = new ArrayList<>();

    /** A table of rows {type, action or *, modality or *, PLOVER type, PLOVER mode or -, CAMEO, meaning}. */
    public EventCodes(List<String[]> table) {
        for (String[] r : table) rows.add(new Row(r[0], r[1], r[2], new Code(r[3], r[4].equals("-") ? null : r[4], r[5])));
    }

    /** The table in {@code lexicons/event-codes.tsv}, read once. */
    public static EventCodes standard() {
        return STANDARD.get();
    }

    /**
     * The codes of a record; {@code modality} is a label (decided, pledged, …) or {@code null}.
     * @throws IllegalArgumentException when no row matches (a table without catch-all rows)
     */
    public Code code(String type, String action, String modality) {
        for (Row r : rows) {
            if (r.type.equals(type) && (r.action.equals("*") || r.action.equals(action))
                    && (r.modality.equals("*") || r.modality.equals(modality))) return r.code;
        }
        throw new IllegalArgumentException("no event code for " + type + " " + action + " " + modality);
    }
}
