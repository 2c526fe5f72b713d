package org.summitoutcomes.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitoutcomes.lexicon.DataFile;

/**
 * The one palette of entity and relation colours ({@code report/palette.tsv}), used by the report, the serve
 * page and brat's {@code visual.conf}.
 */
public final class Palette {
    /** A type's colours: background {@code #rrggbb} and a CSS border-bottom style (solid, dotted, dashed, double). */
    public record Colors(String background, String underline) {}

    private static final Map<String, Colors> COLORS = load();

    private Palette() {}

    private static Map<String, Colors> load() {
        Map<String, Colors> out = new LinkedHashMap<>();
        DataFile.each("report/palette.tsv", row -> {
            if (row.length != 3 || !row[1].matches("#[0-9a-f]{6}") || !row[2].matches("solid|dotted|dashed|double")) {
                throw new IllegalStateException("report/palette.tsv: bad row: " + String.join(" | ", row));
            }
            out.put(row[0], new Colors(row[1], row[2]));
        });
        return Map.copyOf(out);
    }

    /**
     * @param type an entity type name (COUNTRY …) or AGREEMENT/COMMITMENT
     * @return its colours
     * @throws IllegalArgumentException when the palette has no row for it
     */
    public static Colors of(String type) {
        Colors c = COLORS.get(type);
        if (c == null) throw new IllegalArgumentException("report/palette.tsv has no colour for " + type);
        return c;
    }

    /** CSS rules {@code .t-TYPE} for every entity type: background and underline. */
    public static String css() {
        StringBuilder b = new StringBuilder("/* entity colours: report/palette.tsv */\n");
        for (org.summitoutcomes.model.EntityType t : org.summitoutcomes.model.EntityType.values()) {
            Colors c = of(t.name());
            b.append(".t-").append(t.name()).append(" { background: ").append(c.background())
                    .append("; border-bottom: 2px ").append(c.underline()).append(" #44505c; }\n");
        }
        return b.toString();
    }
}
