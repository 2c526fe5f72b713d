package org.summitoutcomes.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.summitoutcomes.model.Document;

/** Reads record sets: a folder of {@code *.json} records (the gold), or a {@code documents.jsonl}. */
public final class RecordFiles {
    private RecordFiles() {}

    public static List<Document> read(Path path) throws IOException {
        List<Document> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            Path jsonl = path.resolve("documents.jsonl");
            if (Files.isRegularFile(jsonl)) {
                checkComplete(path, jsonl);
                return read(jsonl);
            }
            try (Stream<Path> s = Files.list(path)) {
                for (Path p : s.filter(RecordFiles::isRecordFile).sorted().toList()) {
                    out.add(parse(Files.readString(p, StandardCharsets.UTF_8), p.toString()));
                }
            }
            return out;
        }
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            if (!line.isBlank()) out.add(parse(line, path + ":" + n));
        }
        return out;
    }

    /**
     * Refuses an extract output folder whose batch did not finish publishing: a journal is left, or
     * {@code BATCH.json} (written last) names another {@code documents.jsonl} than the one there.
     */
    private static void checkComplete(Path dir, Path jsonl) throws IOException {
        Path manifest = dir.resolve("BATCH.json");
        if (Files.isRegularFile(dir.resolve(".batch-journal")) && !Files.isRegularFile(manifest)) {
            throw new IOException(dir + ": the batch in this folder did not finish (run extract --resume)");
        }
        if (!Files.isRegularFile(manifest)) return;
        JsonNode files = RecordCodec.JSON.readTree(manifest.toFile()).path("files").path("documents.jsonl");
        if (files.has("bytes") && files.get("bytes").asLong() != Files.size(jsonl)) {
            throw new IOException(jsonl + ": does not match BATCH.json (an interrupted run?); run extract --resume");
        }
    }

    /**
     * A record file is {@code <article id>.json}; upper-case names beside them (BASELINE.json) and score
     * baselines (BASELINE-dev.json) are project files, not records.
     */
    static boolean isRecordFile(Path p) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".json")) return false;
        String base = name.substring(0, name.length() - ".json".length());
        if (base.startsWith("BASELINE")) return false; // score baselines beside the gold: BASELINE.json, BASELINE-dev.json
        return name.endsWith(".json") && !base.equals(base.toUpperCase(java.util.Locale.ROOT));
    }

    private static Document parse(String json, String where) throws IOException {
        try {
            JsonNode node = RecordCodec.JSON.readTree(json);
            return RecordCodec.fromJson(node);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }
}
