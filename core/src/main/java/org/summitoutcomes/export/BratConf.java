package org.summitoutcomes.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.RelationType;

/**
 * brat's configuration files for an export: {@code annotation.conf} declares every entity type, event,
 * argument role and attribute value the exported {@code .ann} files use (collected from them, so nothing
 * used is undeclared), {@code visual.conf} colours types with the report's palette, {@code tools.conf}
 * sets validation and the {@code norm} reference database of the N lines.
 */
final class BratConf {
    /** Event arguments: role (with brat's ? for optional, * for any number) and the entity types it may point at. */
    static final Map<String, String> EVENT_ARGUMENTS = new LinkedHashMap<>();
    static {
        EVENT_ARGUMENTS.put("Object?", "<ENTITY>");
        EVENT_ARGUMENTS.put("Party*", "COUNTRY|ORGANIZATION|LEADER");
        EVENT_ARGUMENTS.put("Date?", "DATE");
        EVENT_ARGUMENTS.put("Place?", "LOCATION");
        EVENT_ARGUMENTS.put("Speaker?", "LEADER|PERSON");
    }
    /** Actions always offered in brat's attribute menu, beside those the data uses. */
    private static final List<String> STANDARD_ACTIONS = List.of("sign", "adopt", "agree", "reach", "conclude");

    private BratConf() {}

    static String annotation(List<Document> docs) {
        // attribute -> the types it is attached to, and the values used
        Map<String, TreeSet<String>> owners = new TreeMap<>();
        Map<String, TreeSet<String>> values = new TreeMap<>();
        values.computeIfAbsent("action", k -> new TreeSet<>()).addAll(STANDARD_ACTIONS);
        owners.computeIfAbsent("action", k -> new TreeSet<>()).add("<EVENT>");
        values.computeIfAbsent("modality", k -> new TreeSet<>()).addAll(List.of("decided", "pledged", "planned", "proposed"));
        owners.computeIfAbsent("modality", k -> new TreeSet<>()).add("COMMITMENT");
        for (Document d : docs) {
            String ann;
            try {
                ann = Brat.ann(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> typeOf = new TreeMap<>();
            for (String line : ann.split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("T") || line.startsWith("E")) typeOf.put(f[0], f[1].split("[ :]")[0]);
                if (!line.startsWith("A")) continue;
                String[] mid = f[1].split(" ");
                String owner = mid[1].startsWith("E") ? (mid[0].equals("modality") ? typeOf.get(mid[1]) : "<EVENT>") : typeOf.get(mid[1]);
                owners.computeIfAbsent(mid[0], k -> new TreeSet<>()).add(owner);
                if (mid.length > 2) values.computeIfAbsent(mid[0], k -> new TreeSet<>()).add(mid[2]);
            }
        }
        StringBuilder b = new StringBuilder("# summit-outcomes: the types, event arguments and attribute values of this export (brat-export).\n");
        b.append("[entities]\n");
        for (EntityType t : EntityType.values()) b.append(t.name()).append('\n');
        b.append("\n[relations]\n# any annotation may contain or cross another (an event's trigger is its whole evidence sentence)\n");
        b.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        b.append("\n[events]\n");
        for (RelationType t : RelationType.values()) {
            b.append(t.name()).append('\t');
            StringBuilder args = new StringBuilder();
            EVENT_ARGUMENTS.forEach((role, types) -> args.append(args.length() == 0 ? "" : ", ").append(role).append(':').append(types));
            b.append(args).append('\n');
        }
        b.append("\n[attributes]\n");
        for (var e : owners.entrySet()) {
            b.append(e.getKey()).append("\tArg:").append(String.join("|", e.getValue()));
            TreeSet<String> v = values.get(e.getKey());
            if (v != null && !v.isEmpty()) b.append(", Value:").append(String.join("|", v));
            b.append('\n');
        }
        return b.toString();
    }

    static String visual() {
        StringBuilder b = new StringBuilder("# summit-outcomes: colours of the HTML report (report/palette.tsv).\n[labels]\n");
        for (EntityType t : EntityType.values()) b.append(t.name()).append(" | ").append(label(t.name())).append('\n');
        for (RelationType t : RelationType.values()) b.append(t.name()).append(" | ").append(label(t.name())).append('\n');
        b.append("\n[drawing]\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgray, borderColor:darken\n");
        b.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\nATTRIBUTE_DEFAULT\tglyph:*\n");
        for (EntityType t : EntityType.values()) b.append(t.name()).append("\tbgColor:").append(Palette.of(t.name()).background()).append('\n');
        for (RelationType t : RelationType.values()) b.append(t.name()).append("\tbgColor:").append(Palette.of(t.name()).background()).append('\n');
        return b.toString();
    }

    static String tools() {
        return "# summit-outcomes: brat tool settings for an export.\n[options]\nValidation\tvalidate:all\n"
                + "Tokens\ttokenizer:whitespace\nSentences\tsplitter:newline\nAnnotation-log\tlogfile:<NONE>\n\n"
                + "[normalization]\n# N lines refer to the records' normalized values (ISO codes, canonical names); there is no lookup service\n"
                + "norm\t<URL>:about:blank, <URLBASE>:about:blank#%s\n";
    }

    private static String label(String type) { return type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT); }
}
