package org.summitoutcomes.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.EventCoding;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;

/**
 * brat standoff round trip, readable by brat and by INCEpTION's brat import. Per document: {@code ID.txt} (the
 * text), {@code ID.ann} and {@code ID.meta.json} (metadata and warnings, which brat has no place for); per
 * folder {@code annotation.conf} (every type, argument and attribute value the data uses), {@code visual.conf}
 * (the report's palette) and {@code tools.conf}.
 *
 * <p>In {@code ID.ann}: entities are T lines, normalized values N lines ({@code Reference T1 norm:KAZ}),
 * LEADER and MONEY attributes A lines, and each entity's id and rule an AnnotatorNotes line
 * ({@code E3 (rule gaz-country)}). Each relation is an event (E line) whose trigger is its evidence span and
 * whose arguments point at the entities that carry its values: {@code Object}, {@code Party}, {@code Party2} …
 * (a COUNTRY or ORGANIZATION whose normalized value, or a LEADER whose country, is the party's code),
 * {@code Date} (a DATE with the record's date), {@code Place} (a LOCATION with its place), {@code Speaker}
 * (a LEADER or PERSON with its speaker). A value no entity of the article carries becomes an event attribute
 * ({@code date}, {@code place}, {@code speaker}, {@code other_parties}, with spaces as %20); {@code action} and
 * {@code modality} are attributes; the record's id, object text, confidence and rule are its AnnotatorNotes
 * line ({@code R1: Astana Declaration (confidence 0.95, rule agree-signed)}). brat and INCEpTION count offsets
 * in code points, as the record format does.
 */
public final class Brat {
    /** Argument roles of an event, in the order they are written. */
    static final List<String> ROLES = List.of("Object", "Party", "Date", "Place", "Speaker");
    private static final java.util.regex.Pattern EVENT_NOTE =
            java.util.regex.Pattern.compile("(\\S+): (.*) \\(confidence (\\S+), rule (\\S+)\\)");
    private static final java.util.regex.Pattern ENTITY_NOTE = java.util.regex.Pattern.compile("(\\S+)(?: \\(rule (\\S+)\\))?");

    private Brat() {}

    /**
     * Writes the documents into {@code dir} (created if missing) under names from {@link SafeNames.Allocator}:
     * whatever the ids, every file lands inside {@code dir} and no document's files replace another's; the
     * real id is kept in {@code NAME.meta.json}.
     */
    public static void write(List<Document> docs, Path dir) throws IOException {
        Files.createDirectories(dir);
        SafeNames.write(dir, "annotation.conf", BratConf.annotation(docs));
        SafeNames.write(dir, "visual.conf", BratConf.visual());
        SafeNames.write(dir, "tools.conf", BratConf.tools());
        SafeNames.Allocator names = new SafeNames.Allocator();
        for (Document d : docs) {
            String name = names.next(d.id());
            SafeNames.write(dir, name + ".txt", d.text().value());
            SafeNames.write(dir, name + ".ann", ann(d));
            ObjectNode meta = RecordCodec.JSON.createObjectNode();
            Metadata m = d.metadata();
            meta.put("id", d.id());
            meta.put("title", m.title());
            meta.put("published", m.published());
            meta.put("source", m.source());
            meta.put("dateline", m.dateline());
            meta.put("url", m.url());
            var w = meta.putArray("warnings");
            d.warnings().forEach(w::add);
            // the batch's event coding of each record (derived by consolidation, not annotated): kept, not edited
            ObjectNode coding = RecordCodec.JSON.createObjectNode();
            for (var r : d.relations()) {
                if (r.coding() == null) continue;
                ObjectNode c = coding.putObject(r.id());
                CodingJson.put(c, r.coding());
            }
            if (!coding.isEmpty()) meta.set("coding", coding);
            SafeNames.write(dir, name + ".meta.json", RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n");
        }
    }

    /** The party code an entity stands for, or null: COUNTRY and ORGANIZATION by normalized value, LEADER by country. */
    static String partyCode(Mention m) {
        return switch (m.type()) {
            case COUNTRY, ORGANIZATION -> m.normalized();
            case LEADER -> m.attributes().get("country");
            default -> null;
        };
    }

    /** The entity of the document that carries {@code value} for {@code role}: inside the evidence first, else the first in the text. */
    static Mention carrier(Document d, Relation r, String role, String value) {
        if (value == null) return null;
        Mention first = null;
        for (Mention m : d.mentions()) {
            String v = switch (role) {
                case "Party" -> partyCode(m);
                case "Date" -> m.type() == EntityType.DATE ? m.normalized() : null;
                case "Place" -> m.type() == EntityType.LOCATION ? m.normalized() : null;
                case "Speaker" -> m.type() == EntityType.LEADER || m.type() == EntityType.PERSON ? m.normalized() : null;
                default -> null;
            };
            if (!value.equals(v)) continue;
            if (r.evidence().start() <= m.span().start() && m.span().end() <= r.evidence().end()) return m;
            if (first == null) first = m;
        }
        return first;
    }

    static String ann(Document d) throws IOException {
        StringBuilder b = new StringBuilder();
        Map<String, String> tOfEntity = new HashMap<>();
        int t = 0, n = 0, a = 0, note = 0, e = 0;
        for (Mention m : d.mentions()) {
            String tid = "T" + (++t);
            tOfEntity.put(m.id(), tid);
            b.append(tid).append('\t').append(m.type().name()).append(' ').append(fragments(d.text(), m.span())).append('\n');
            if (m.normalized() != null) {
                b.append("N").append(++n).append("\tReference ").append(tid).append(" norm:").append(encode(m.normalized()))
                        .append('\t').append(oneLine(m.normalized())).append('\n');
            }
            for (var attr : m.attributes().entrySet()) {
                b.append("A").append(++a).append('\t').append(attr.getKey()).append(' ').append(tid).append(' ')
                        .append(encode(attr.getValue())).append('\n');
            }
            b.append('#').append(++note).append("\tAnnotatorNotes ").append(tid).append('\t').append(m.id())
                    .append(m.rule() == null ? "" : " (rule " + encode(m.rule()) + ")").append('\n');
        }
        for (Relation r : d.relations()) {
            String trig = "T" + (++t);
            b.append(trig).append('\t').append(r.type().name()).append(' ').append(fragments(d.text(), r.evidence())).append('\n');
            String eid = "E" + (++e);
            b.append(eid).append('\t').append(r.type().name()).append(':').append(trig);
            if (r.objectEntity() != null && tOfEntity.containsKey(r.objectEntity())) b.append(" Object:").append(tOfEntity.get(r.objectEntity()));
            List<String> otherParties = new ArrayList<>();
            int p = 0;
            for (String code : r.parties()) {
                Mention m = carrier(d, r, "Party", code);
                if (m == null) otherParties.add(code);
                else b.append(" Party").append(++p == 1 ? "" : Integer.toString(p)).append(':').append(tOfEntity.get(m.id()));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String[] rv : new String[][] {{"Date", r.date()}, {"Place", r.place()}, {"Speaker", r.speaker()}}) {
                Mention m = carrier(d, r, rv[0], rv[1]);
                if (m != null) b.append(' ').append(rv[0]).append(':').append(tOfEntity.get(m.id()));
                else if (rv[1] != null) values.put(rv[0].toLowerCase(java.util.Locale.ROOT), rv[1]);
            }
            if (!otherParties.isEmpty()) values.put("other_parties", String.join(" ", otherParties));
            b.append('\n');
            if (r.action() != null) b.append("A").append(++a).append("\taction ").append(eid).append(' ').append(encode(r.action())).append('\n');
            if (r.modality() != null) b.append("A").append(++a).append("\tmodality ").append(eid).append(' ').append(r.modality().label()).append('\n');
            for (var v : values.entrySet()) {
                b.append("A").append(++a).append('\t').append(v.getKey()).append(' ').append(eid).append(' ').append(encode(v.getValue())).append('\n');
            }
            b.append('#').append(++note).append("\tAnnotatorNotes ").append(eid).append('\t').append(r.id()).append(": ")
                    .append(escapeNote(r.object())).append(" (confidence ").append(r.confidence()).append(", rule ")
                    .append(r.rule() == null ? "-" : encode(r.rule())).append(")\n");
        }
        return b.toString();
    }

    /** Reads every {@code *.ann} of a folder back into records, in id order. */
    public static List<Document> read(Path dir) throws IOException {
        List<Document> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path ann : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String id = ann.getFileName().toString().replaceFirst("\\.ann$", "");
                out.add(read(dir, id));
            }
        }
        return out;
    }

    /** Reads the document stored under file-name stem {@code name}; its id comes from the meta file when there is one. */
    static Document read(Path dir, String name) throws IOException {
        String id = name;
        String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
        Text tx = new Text(text);
        Metadata meta = Metadata.EMPTY;
        List<String> warnings = new ArrayList<>();
        JsonNode codings = RecordCodec.JSON.createObjectNode();
        Path metaFile = dir.resolve(name + ".meta.json");
        if (Files.isRegularFile(metaFile)) {
            JsonNode m = RecordCodec.JSON.readTree(metaFile.toFile());
            if (m.hasNonNull("id") && !m.get("id").asText().isEmpty()) id = m.get("id").asText();
            meta = new Metadata(str(m, "title"), str(m, "published"), str(m, "source"), str(m, "dateline"), str(m, "url"));
            m.path("warnings").forEach(w -> warnings.add(w.asText()));
            codings = m.path("coding");
        }
        record T(String type, Span span) {}
        Map<String, T> tbs = new LinkedHashMap<>();
        Map<String, String> norms = new HashMap<>();
        Map<String, Map<String, String>> attrs = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, String[]> events = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(dir.resolve(name + ".ann"), StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            String[] mid = f.length > 1 ? f[1].split(" ") : new String[0];
            try {
                switch (line.charAt(0)) {
                    case 'T' -> tbs.put(f[0], new T(mid[0], new Span(Integer.parseInt(mid[1]), Integer.parseInt(mid[mid.length - 1]))));
                    case 'N' -> norms.put(mid[1], f.length > 2 ? f[2] : decode(mid[2].substring(mid[2].indexOf(':') + 1)));
                    case 'A', 'M' -> attrs.computeIfAbsent(mid[1], k -> new LinkedHashMap<>()).put(mid[0], mid.length > 2 ? decode(mid[2]) : "true");
                    case '#' -> {
                        if (f.length > 2) notes.put(mid[1], f[2]);
                    }
                    case 'E' -> events.put(f[0], mid);
                    case 'R', '*' -> { } // brat relations and equivalences: not part of a record
                    default -> throw new IOException(name + ".ann:" + lineNo + ": unsupported line: " + line);
                }
            } catch (RuntimeException e) {
                throw new IOException(name + ".ann:" + lineNo + ": malformed line: " + line);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Map<String, Mention> entityOfT = new HashMap<>();
        int k = 0;
        for (var en : tbs.entrySet()) {
            String type = en.getValue().type();
            if (type.equals("AGREEMENT") || type.equals("COMMITMENT")) continue;
            k++;
            String eid = "E" + k;
            String rule = null;
            String note = notes.get(en.getKey());
            if (note != null && note.startsWith("{")) { // the JSON notes of earlier exports
                JsonNode j = RecordCodec.JSON.readTree(note);
                eid = j.hasNonNull("id") ? j.get("id").asText() : eid;
                rule = str(j, "rule");
            } else if (note != null) {
                var m = ENTITY_NOTE.matcher(note);
                if (m.matches()) {
                    eid = m.group(1);
                    rule = m.group(2) == null ? null : decode(m.group(2));
                }
            }
            Span sp = en.getValue().span();
            Mention mention = new Mention(eid, EntityType.valueOf(type), sp, tx.substring(sp), norms.get(en.getKey()),
                    attrs.getOrDefault(en.getKey(), Map.of()), rule);
            entityOfT.put(en.getKey(), mention);
            mentions.add(mention);
        }
        List<Relation> relations = new ArrayList<>();
        int r = 0;
        for (var ev : events.entrySet()) {
            r++;
            String[] head = ev.getValue()[0].split(":");
            T trigger = tbs.get(head[1]);
            if (trigger == null) throw new IOException(id + ".ann: event " + ev.getKey() + " has no trigger " + head[1]);
            Map<String, String> at = attrs.getOrDefault(ev.getKey(), Map.of());
            List<String> parties = new ArrayList<>();
            String objectEntity = null, date = at.get("date"), place = at.get("place"), speaker = at.get("speaker");
            Span objectSpan = null;
            if (at.containsKey("other_parties")) parties.addAll(List.of(at.get("other_parties").split(" ")));
            for (int i = 1; i < ev.getValue().length; i++) {
                String[] arg = ev.getValue()[i].split(":");
                Mention m = arg.length == 2 ? entityOfT.get(arg[1]) : null;
                if (m == null) throw new IOException(id + ".ann: event " + ev.getKey() + " argument " + ev.getValue()[i] + " is not an entity");
                String role = arg[0].replaceAll("\\d+$", "");
                switch (role) {
                    case "Object" -> {
                        objectEntity = m.id();
                        objectSpan = m.span();
                    }
                    case "Party" -> parties.add(partyCode(m) != null ? partyCode(m) : m.normalized());
                    case "Date" -> date = m.normalized();
                    case "Place" -> place = m.normalized() != null ? m.normalized() : m.text();
                    case "Speaker" -> speaker = m.normalized() != null ? m.normalized() : m.text();
                    default -> throw new IOException(id + ".ann: event " + ev.getKey() + " has an unknown argument role " + arg[0]);
                }
            }
            String rid = "R" + r, object = null, rule = null;
            double confidence = 1.0;
            String note = notes.get(ev.getKey());
            if (note != null && note.startsWith("{")) { // the JSON notes of earlier exports
                JsonNode j = RecordCodec.JSON.readTree(note);
                rid = j.hasNonNull("id") ? j.get("id").asText() : rid;
                object = str(j, "object");
                rule = str(j, "rule");
                confidence = j.hasNonNull("confidence") ? j.get("confidence").asDouble() : 1.0;
                if (parties.isEmpty()) j.path("parties").forEach(p -> parties.add(p.asText()));
                date = date == null ? str(j, "date") : date;
                place = place == null ? str(j, "place") : place;
                speaker = speaker == null ? str(j, "speaker") : speaker;
            } else if (note != null) {
                var m = EVENT_NOTE.matcher(note);
                if (!m.matches()) throw new IOException(id + ".ann: note of " + ev.getKey() + " is not 'ID: object (confidence C, rule R)': " + note);
                rid = m.group(1);
                object = unescapeNote(m.group(2));
                confidence = Double.parseDouble(m.group(3));
                rule = m.group(4).equals("-") ? null : decode(m.group(4));
            }
            if (object == null) object = tx.substring(objectSpan != null ? objectSpan : trigger.span());
            Relation rel = new Relation(rid, RelationType.valueOf(head[0]), at.get("action"), Modality.parse(at.get("modality")), parties,
                    object, objectEntity, date, place, speaker, trigger.span(), confidence, rule);
            EventCoding coded = rid == null ? null : CodingJson.read(codings.path(rid));
            relations.add(coded == null ? rel : rel.withCoding(coded));
        }
        return new Document(id, meta, tx, List.of(), List.of(), mentions, relations, warnings);
    }

    private static String str(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * A span as brat writes it: {@code start end\ttext}, or, for a span across line breaks, one fragment per line
     * ({@code 0 5;6 10\tfirst second}, the fragments' texts joined by a space), as brat requires.
     */
    static String fragments(Text text, Span span) {
        String covered = text.substring(span);
        if (!covered.contains("\n") || covered.startsWith("\n") || covered.endsWith("\n")) {
            return span.start() + " " + span.end() + "\t" + oneLine(covered);
        }
        StringBuilder offsets = new StringBuilder(), texts = new StringBuilder();
        int from = span.start();
        int pos = span.start();
        for (int i = 0; i < covered.length(); ) {
            int cp = covered.codePointAt(i);
            if (cp == '\n') {
                if (pos > from) {
                    offsets.append(offsets.length() == 0 ? "" : ";").append(from).append(' ').append(pos);
                    texts.append(texts.length() == 0 ? "" : " ").append(text.substring(new Span(from, pos)));
                }
                from = pos + 1;
            }
            pos++;
            i += Character.charCount(cp);
        }
        offsets.append(offsets.length() == 0 ? "" : ";").append(from).append(' ').append(span.end());
        texts.append(texts.length() == 0 ? "" : " ").append(text.substring(new Span(from, span.end())));
        return offsets + "\t" + oneLine(texts.toString());
    }

    private static String oneLine(String s) { return s.replace('\n', ' ').replace('\t', ' '); }

    /** Attribute values and reference ids may not contain spaces in brat. */
    static String encode(String v) {
        return v.replace("%", "%25").replace(" ", "%20").replace("\t", "%09").replace("\n", "%0A").replace("|", "%7C").replace(",", "%2C");
    }

    static String decode(String v) {
        return v.replace("%20", " ").replace("%09", "\t").replace("%0A", "\n").replace("%7C", "|").replace("%2C", ",").replace("%25", "%");
    }

    /** A note is one line: backslashes, line breaks and tabs are written as \\, \n, \r, \t. */
    static String escapeNote(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    static String unescapeNote(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(switch (n) { case 'n' -> '\n'; case 'r' -> '\r'; case 't' -> '\t'; default -> n; });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
