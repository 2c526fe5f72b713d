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
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;

/**
 * brat standoff round trip. Per document: {@code ID.txt} (the text), {@code ID.ann} (entities as T lines,
 * normalized values as N lines, attributes as A lines; each relation as an event whose trigger is its
 * evidence span, with an Object argument, action and modality attributes, and its other fields in an
 * AnnotatorNotes line) and {@code ID.meta.json} (metadata and warnings, which brat has no place for).
 * brat and INCEpTION count offsets in code points, as the contract does.
 */
public final class Brat {
    private Brat() {}

    /**
     * Writes the documents into {@code dir} (created if missing) under names from {@link SafeNames.Allocator}:
     * whatever the ids, every file lands inside {@code dir} and no document's files replace another's; the
     * real id is kept in {@code NAME.meta.json}.
     */
    public static void write(List<Document> docs, Path dir) throws IOException {
        Files.createDirectories(dir);
        SafeNames.write(dir, "annotation.conf", conf());
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
            SafeNames.write(dir, name + ".meta.json", RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n");
        }
    }

    static String ann(Document d) throws IOException {
        StringBuilder b = new StringBuilder();
        Map<String, String> tOfEntity = new HashMap<>();
        int t = 0, n = 0, a = 0, note = 0, e = 0;
        for (Mention m : d.mentions()) {
            String tid = "T" + (++t);
            tOfEntity.put(m.id(), tid);
            b.append(tid).append('\t').append(m.type().name()).append(' ').append(m.span().start()).append(' ')
                    .append(m.span().end()).append('\t').append(oneLine(m.text())).append('\n');
            if (m.normalized() != null) {
                b.append("N").append(++n).append("\tReference ").append(tid).append(" norm:").append(encode(m.normalized()))
                        .append('\t').append(oneLine(m.normalized())).append('\n');
            }
            for (var attr : m.attributes().entrySet()) {
                b.append("A").append(++a).append('\t').append(attr.getKey()).append(' ').append(tid).append(' ')
                        .append(encode(attr.getValue())).append('\n');
            }
            ObjectNode info = RecordCodec.JSON.createObjectNode();
            info.put("id", m.id());
            if (m.rule() != null) info.put("rule", m.rule());
            b.append('#').append(++note).append("\tAnnotatorNotes ").append(tid).append('\t')
                    .append(RecordCodec.JSON.writeValueAsString(info)).append('\n');
        }
        for (Relation r : d.relations()) {
            String trig = "T" + (++t);
            b.append(trig).append('\t').append(r.type().name()).append(' ').append(r.evidence().start()).append(' ')
                    .append(r.evidence().end()).append('\t').append(oneLine(d.cover(r.evidence()))).append('\n');
            String eid = "E" + (++e);
            b.append(eid).append('\t').append(r.type().name()).append(':').append(trig);
            if (r.objectEntity() != null && tOfEntity.containsKey(r.objectEntity())) b.append(" Object:").append(tOfEntity.get(r.objectEntity()));
            b.append('\n');
            if (r.action() != null) b.append("A").append(++a).append("\taction ").append(eid).append(' ').append(encode(r.action())).append('\n');
            if (r.modality() != null) b.append("A").append(++a).append("\tmodality ").append(eid).append(' ').append(r.modality().label()).append('\n');
            ObjectNode info = RecordCodec.JSON.createObjectNode();
            info.put("id", r.id());
            var ps = info.putArray("parties");
            r.parties().forEach(ps::add);
            info.put("object", r.object());
            info.put("object_entity", r.objectEntity());
            info.put("date", r.date());
            info.put("place", r.place());
            info.put("speaker", r.speaker());
            info.put("confidence", r.confidence());
            info.put("rule", r.rule());
            b.append('#').append(++note).append("\tAnnotatorNotes ").append(eid).append('\t')
                    .append(RecordCodec.JSON.writeValueAsString(info)).append('\n');
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
        Path metaFile = dir.resolve(name + ".meta.json");
        if (Files.isRegularFile(metaFile)) {
            JsonNode m = RecordCodec.JSON.readTree(metaFile.toFile());
            if (m.hasNonNull("id") && !m.get("id").asText().isEmpty()) id = m.get("id").asText();
            meta = new Metadata(str(m, "title"), str(m, "published"), str(m, "source"), str(m, "dateline"), str(m, "url"));
            m.path("warnings").forEach(w -> warnings.add(w.asText()));
        }
        record T(String type, Span span) {}
        Map<String, T> tbs = new LinkedHashMap<>();
        Map<String, String> norms = new HashMap<>();
        Map<String, Map<String, String>> attrs = new HashMap<>();
        Map<String, JsonNode> notes = new HashMap<>();
        Map<String, String[]> events = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve(name + ".ann"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            String[] mid = f.length > 1 ? f[1].split(" ") : new String[0];
            switch (line.charAt(0)) {
                case 'T' -> tbs.put(f[0], new T(mid[0], new Span(Integer.parseInt(mid[1]), Integer.parseInt(mid[mid.length - 1]))));
                case 'N' -> norms.put(mid[1], f.length > 2 ? f[2] : decode(mid[2].substring(mid[2].indexOf(':') + 1)));
                case 'A' -> attrs.computeIfAbsent(mid[1], k -> new LinkedHashMap<>()).put(mid[0], mid.length > 2 ? decode(mid[2]) : "true");
                case '#' -> {
                    if (f.length > 2 && f[2].startsWith("{")) notes.put(mid[1], RecordCodec.JSON.readTree(f[2]));
                }
                case 'E' -> events.put(f[0], mid);
                default -> throw new IOException(name + ".ann: unsupported line: " + line);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> entityOfT = new HashMap<>();
        int k = 0;
        for (var en : tbs.entrySet()) {
            String type = en.getValue().type();
            if (type.equals("AGREEMENT") || type.equals("COMMITMENT")) continue;
            JsonNode note = notes.get(en.getKey());
            String eid = note != null && note.hasNonNull("id") ? note.get("id").asText() : "E" + (k + 1);
            k++;
            entityOfT.put(en.getKey(), eid);
            Span sp = en.getValue().span();
            mentions.add(new Mention(eid, EntityType.valueOf(type), sp, tx.substring(sp), norms.get(en.getKey()),
                    attrs.getOrDefault(en.getKey(), Map.of()), note == null ? null : str(note, "rule")));
        }
        List<Relation> relations = new ArrayList<>();
        int r = 0;
        for (var ev : events.entrySet()) {
            String[] head = ev.getValue()[0].split(":");
            String objectT = null;
            for (int i = 1; i < ev.getValue().length; i++) if (ev.getValue()[i].startsWith("Object:")) objectT = ev.getValue()[i].substring(7);
            Map<String, String> at = attrs.getOrDefault(ev.getKey(), Map.of());
            JsonNode note = notes.get(ev.getKey());
            List<String> parties = new ArrayList<>();
            if (note != null) note.path("parties").forEach(p -> parties.add(p.asText()));
            r++;
            String objectEntity = objectT == null ? null : entityOfT.get(objectT);
            relations.add(new Relation(note != null && note.hasNonNull("id") ? note.get("id").asText() : "R" + r,
                    RelationType.valueOf(head[0]), at.get("action"), Modality.parse(at.get("modality")), parties,
                    note == null ? tx.substring(tbs.get(head[1]).span()) : str(note, "object"), objectEntity,
                    note == null ? null : str(note, "date"), note == null ? null : str(note, "place"),
                    note == null ? null : str(note, "speaker"), tbs.get(head[1]).span(),
                    note != null && note.hasNonNull("confidence") ? note.get("confidence").asDouble() : 1.0,
                    note == null ? null : str(note, "rule")));
        }
        return new Document(id, meta, tx, List.of(), List.of(), mentions, relations, warnings);
    }

    private static String conf() {
        StringBuilder b = new StringBuilder("[entities]\n");
        for (EntityType t : EntityType.values()) b.append(t.name()).append('\n');
        b.append("\n[relations]\n\n[events]\nAGREEMENT\tObject?:<ENTITY>\nCOMMITMENT\tObject?:<ENTITY>\n\n[attributes]\n");
        b.append("action\tArg:<EVENT>, Value:sign|adopt|agree|reach|conclude|establish|promote|expand|hold|support\n");
        b.append("modality\tArg:COMMITMENT, Value:decided|pledged|planned|proposed\n");
        b.append("country\tArg:LEADER\nrole\tArg:LEADER\nqualifier\tArg:<ENTITY>\n");
        return b.toString();
    }

    private static String str(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String oneLine(String s) { return s.replace('\n', ' ').replace('\t', ' '); }

    /** Attribute values and reference ids may not contain spaces in brat. */
    static String encode(String v) { return v.replace("%", "%25").replace(" ", "%20").replace("\t", "%09"); }

    static String decode(String v) { return v.replace("%20", " ").replace("%09", "\t").replace("%25", "%"); }
}
