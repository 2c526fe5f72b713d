package org.summitoutcomes;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitoutcomes.export.RecordCodec;

/**
 * The records snapshot (issue 14): the record files of an {@code extract} run must stay byte-identical to a
 * stored copy. For the corpus (ours) the copy is the files themselves, in {@code snapshots/corpus/}; for the
 * development articles (not ours) it is {@code snapshots/devset.sha256}: per document one SHA-256 digest per
 * part (each field of its {@code documents.jsonl} object, its rows of the CSV tables, the outcomes naming it),
 * keyed by the article's own text so that no value can be read back from a digest, plus one digest per file.
 *
 * <p>On a difference the assertion names the documents and, per document, the first differing part (for the
 * corpus: the JSON path or CSV column inside it, with both values). With {@code -Dsnapshot.update=true}
 * (what {@code scripts/snapshot-records} passes) the snapshot is re-made from the run instead.
 */
public final class RecordSnapshot {
    /** The snapshot folder in the source tree (not target/), so that an update lands in git. */
    public static final Path DIR = Fixtures.ROOT.resolve("core/src/test/resources/org/summitoutcomes/snapshots");
    /** The record files of an output folder that the snapshot covers (BATCH.json only repeats their digests). */
    public static final List<String> FILES = List.of("documents.jsonl", "entities.csv", "relations.csv", "outcomes.jsonl", "outcomes.csv");

    private static final String HEADER = "# source: extract run over ../shared/devset (RecordSnapshot; re-make: scripts/snapshot-records)\n"
            + "# purpose: SHA-256 per document part (keyed by the article text) and per file; records must stay byte-identical\n";

    private RecordSnapshot() {}

    /** True when the run re-makes the snapshot ({@code -Dsnapshot.update=true}) instead of checking it. */
    public static boolean updating() {
        return Boolean.getBoolean("snapshot.update");
    }

    /** Checks (or, when updating, stores) the record files of output folder {@code out} against the copies in {@code stored}. */
    public static void checkFiles(Path out, Path stored) throws IOException {
        if (updating()) {
            Files.createDirectories(stored);
            for (String f : FILES) Files.copy(out.resolve(f), stored.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        List<String> differing = new ArrayList<>();
        for (String f : FILES) {
            if (!Files.exists(stored.resolve(f))) fail("no snapshot " + stored.resolve(f) + " (make it with scripts/snapshot-records)");
            if (!Arrays.equals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(stored.resolve(f)))) differing.add(f);
        }
        if (differing.isEmpty()) return;
        Map<String, Map<String, JsonNode>> was = parts(stored), now = parts(out);
        List<String> lines = new ArrayList<>();
        for (String doc : union(was.keySet(), now.keySet())) {
            Map<String, JsonNode> a = was.get(doc), b = now.get(doc);
            if (a == null || b == null) {
                lines.add(doc + ": " + (a == null ? "not in the snapshot" : "missing from the run"));
                continue;
            }
            for (String part : union(a.keySet(), b.keySet())) {
                Optional<String> d = firstDifference(part, a.get(part), b.get(part));
                if (d.isPresent()) {
                    lines.add(doc + ": " + d.get());
                    break;
                }
            }
        }
        if (lines.isEmpty()) lines.add("every document's records are equal: the order or layout of the files differs");
        fail("records differ from the snapshot " + stored + " in " + differing + ":\n  " + String.join("\n  ", lines)
                + "\n(if the change is meant to alter records, re-make the snapshot: scripts/snapshot-records)");
    }

    /** Checks (or, when updating, stores) the digests of the record files of {@code out} against the digest file {@code stored}. */
    public static void checkDigests(Path out, Path stored) throws IOException {
        Map<String, String> now = digests(out);
        if (updating()) {
            Files.createDirectories(stored.getParent());
            StringBuilder sb = new StringBuilder(HEADER);
            now.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
            Files.writeString(stored, sb.toString(), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(stored)) fail("no snapshot " + stored + " (make it with scripts/snapshot-records)");
        Map<String, String> was = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stored, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            was.put(line.substring(0, tab), line.substring(tab + 1));
        }
        if (was.equals(now)) return;
        Map<String, String> firstPerDoc = new TreeMap<>();
        for (String key : union(was.keySet(), now.keySet())) {
            if (java.util.Objects.equals(was.get(key), now.get(key))) continue;
            String[] docPart = key.split("\t", 2);
            String why = !was.containsKey(key) ? " (not in the snapshot)" : !now.containsKey(key) ? " (missing from the run)" : "";
            firstPerDoc.putIfAbsent(docPart[0], docPart[1] + why);
        }
        List<String> lines = new ArrayList<>();
        firstPerDoc.forEach((doc, part) -> lines.add(("*".equals(doc) ? "file" : doc) + ": " + part));
        fail("records differ from the snapshot " + stored + ":\n  " + String.join("\n  ", lines)
                + "\n(if the change is meant to alter records, re-make the snapshot: scripts/snapshot-records)");
    }

    /** {@code doc TAB part} (doc {@code *}: a whole file) to its SHA-256 in hex, in a stable order. */
    static Map<String, String> digests(Path out) throws IOException {
        Map<String, String> d = new LinkedHashMap<>();
        for (String f : FILES) d.put("*\t" + f, HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(out.resolve(f)))));
        Map<String, Map<String, JsonNode>> parts = parts(out);
        for (String doc : new TreeSet<>(parts.keySet())) {
            Map<String, JsonNode> p = parts.get(doc);
            JsonNode record = p.get("documents.jsonl");
            byte[] key = (record != null ? record.path("text").asText("") : "").getBytes(StandardCharsets.UTF_8);
            for (Map.Entry<String, JsonNode> e : flatten(p).entrySet()) {
                d.put(doc + "\t" + e.getKey(), sha256(key, e.getKey().getBytes(StandardCharsets.UTF_8),
                        e.getValue().toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return d;
    }

    /** The documents.jsonl object split into one part per field, then the other files' parts. */
    private static Map<String, JsonNode> flatten(Map<String, JsonNode> parts) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        parts.forEach((file, node) -> {
            if (file.equals("documents.jsonl") && node.isObject()) {
                node.fieldNames().forEachRemaining(f -> out.put(file + ":" + f, node.get(f)));
            } else {
                out.put(file, node);
            }
        });
        return out;
    }

    /**
     * Per document id, per record file: its object in documents.jsonl, its rows of entities.csv and
     * relations.csv, and the outcomes (jsonl objects, csv rows) that list it among their documents.
     */
    static Map<String, Map<String, JsonNode>> parts(Path dir) throws IOException {
        Map<String, Map<String, JsonNode>> byDoc = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode o = RecordCodec.JSON.readTree(line);
            part(byDoc, o.path("id").asText(), "documents.jsonl").add(o);
        }
        for (String csv : List.of("entities.csv", "relations.csv")) {
            for (ObjectNode row : csvRows(dir.resolve(csv))) part(byDoc, row.path("doc_id").asText(), csv).add(row);
        }
        for (String line : Files.readAllLines(dir.resolve("outcomes.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode o = RecordCodec.JSON.readTree(line);
            for (JsonNode doc : o.path("documents")) part(byDoc, doc.asText(), "outcomes.jsonl").add(o);
        }
        for (ObjectNode row : csvRows(dir.resolve("outcomes.csv"))) {
            for (String doc : row.path("documents").asText().split(" ")) {
                if (!doc.isEmpty()) part(byDoc, doc, "outcomes.csv").add(row);
            }
        }
        Map<String, Map<String, JsonNode>> out = new TreeMap<>();
        byDoc.forEach((doc, files) -> {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            for (String f : FILES) {
                ArrayNode a = (ArrayNode) files.get(f);
                if (a == null) continue;
                m.put(f, f.equals("documents.jsonl") && a.size() == 1 ? a.get(0) : a);
            }
            out.put(doc, m);
        });
        return out;
    }

    private static ArrayNode part(Map<String, Map<String, JsonNode>> byDoc, String doc, String file) {
        return (ArrayNode) byDoc.computeIfAbsent(doc, k -> new LinkedHashMap<>())
                .computeIfAbsent(file, k -> RecordCodec.JSON.createArrayNode());
    }

    private static List<ObjectNode> csvRows(Path csv) throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord r : p) {
                ObjectNode o = RecordCodec.JSON.createObjectNode();
                for (String h : p.getHeaderNames()) o.put(h, r.get(h));
                rows.add(o);
            }
        }
        return rows;
    }

    /** The path of the first difference between {@code a} and {@code b} under {@code path}, with both values. */
    static Optional<String> firstDifference(String path, JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b ? Optional.empty() : Optional.of(path + ": " + show(a) + " -> " + show(b));
        if (a.isObject() && b.isObject()) {
            for (String f : union(iterable(a), iterable(b))) {
                Optional<String> d = firstDifference(path + "." + f, a.get(f), b.get(f));
                if (d.isPresent()) return d;
            }
            return Optional.empty();
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                JsonNode x = a.get(i), y = b.get(i);
                Optional<String> d = firstDifference(path + "[" + label(x != null ? x : y, i) + "]", x, y);
                if (d.isPresent()) return d;
            }
            return Optional.empty();
        }
        return a.equals(b) ? Optional.empty() : Optional.of(path + ": " + show(a) + " -> " + show(b));
    }

    private static String label(JsonNode n, int i) {
        for (String id : List.of("entity_id", "relation_id", "id", "outcome_id")) {
            if (n.has(id) && n.get(id).isTextual()) return n.get(id).asText();
        }
        return Integer.toString(i);
    }

    private static String show(JsonNode n) {
        if (n == null) return "(absent)";
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static List<String> iterable(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> union(Iterable<String> a, Iterable<String> b) {
        List<String> out = new ArrayList<>();
        a.forEach(out::add);
        for (String s : b) if (!out.contains(s)) out.add(s);
        return out;
    }

    /** SHA-256 over the chunks, each preceded by its length and a colon (so that no two splits collide). */
    private static String sha256(byte[]... chunks) {
        MessageDigest md = sha256();
        for (byte[] c : chunks) {
            md.update(Integer.toString(c.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(c);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
