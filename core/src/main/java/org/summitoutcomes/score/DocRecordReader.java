package org.summitoutcomes.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads document-level gold (a folder of {@code dNN.json} files as in {@code ../shared/devset/gold/}) and
 * predictions (a {@code documents.jsonl} of contract output records) into {@link DocRecord}s, as
 * {@code ../shared/tools/score-doclevel.py} reads them. Errors are {@link IOException}s naming
 * {@code file} or {@code file:line}.
 */
public final class DocRecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocRecordReader() {}

    /** Every {@code *.json} file of the folder, in file-name order. */
    public static List<DocRecord> gold(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder of document-level gold files");
        List<DocRecord> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8), true));
            }
        }
        return out;
    }

    /** The records of a {@code documents.jsonl} (or of the one in the given folder), by id; a later duplicate id wins. */
    public static Map<String, DocRecord> predictions(Path jsonl) throws IOException {
        Path file = Files.isDirectory(jsonl) ? jsonl.resolve("documents.jsonl") : jsonl;
        Map<String, DocRecord> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            DocRecord r = parse(file + ":" + n, line, false);
            out.put(r.id(), r);
        }
        return out;
    }

    /** One record from its JSON text; {@code gold} selects the gold layout of entities and evidence. */
    public static DocRecord parse(String where, String json, boolean gold) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(where + ": not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) throw new IOException(where + ": not a JSON object");
        String id = scalar(o.get("id"));
        if (id == null || id.isBlank()) throw new IOException(where + ": no \"id\"");
        Map<String, List<String>> entities = gold ? goldEntities(o.path("entities")) : predEntities(o.path("entities"));
        List<DocOutcome> relations = new ArrayList<>();
        for (JsonNode r : o.path("relations")) {
            List<String> parties = new ArrayList<>();
            for (JsonNode p : r.path("parties")) parties.add(scalar(p));
            JsonNode ev = r.path("evidence");
            relations.add(new DocOutcome(scalar(r.get("type")), scalar(r.get("modality")), parties, scalar(r.get("object")),
                    scalar(r.get("date")), ev.isObject() ? scalar(ev.get("text")) : scalar(ev), scalar(r.get("rule"))));
        }
        return new DocRecord(id, entities, relations);
    }

    private static Map<String, List<String>> goldEntities(JsonNode ents) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        ents.fields().forEachRemaining(e -> {
            List<String> vals = new ArrayList<>();
            for (JsonNode v : e.getValue()) vals.add(v.isObject() ? scalar(v.get("name")) : scalar(v));
            out.put(e.getKey(), vals);
        });
        return out;
    }

    private static Map<String, List<String>> predEntities(JsonNode ents) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode e : ents) {
            String type = scalar(e.get("type"));
            if (type == null) continue;
            JsonNode n = e.get("normalized");
            String v = n != null && n.isObject() ? firstNonEmpty(n.get("value"), n.get("name"), n) : scalar(n);
            if (v == null || v.isEmpty()) v = scalar(e.get("text"));
            if (v != null) out.computeIfAbsent(type, k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String firstNonEmpty(JsonNode a, JsonNode b, JsonNode whole) {
        for (JsonNode x : new JsonNode[] {a, b}) {
            String s = scalar(x);
            if (s != null && !s.isEmpty()) return s;
        }
        return whole.toString();
    }

    /** A JSON value as the scorer compares it: text as is, {@code null} for null or missing, other values as JSON. */
    static String scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        return n.isTextual() ? n.asText() : n.toString();
    }
}
