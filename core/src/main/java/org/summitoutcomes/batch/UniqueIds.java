package org.summitoutcomes.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.summitoutcomes.model.Document;

/**
 * Keeps document ids unique within a batch: a document whose id an earlier document of the batch already has
 * ({@code "id": "dup"} twice, or {@code a.txt} beside {@code a.html}) is renamed {@code dup~2}, {@code dup~3} …
 * with a warning in the document, never merged with the other silently.
 */
final class UniqueIds {
    private static final JsonFactory JSON = new JsonFactory();
    private final Set<String> seen = new HashSet<>();

    /** The ids already written to a (resumed) documents file; empty when it does not exist. */
    static UniqueIds readFrom(Path documentsJsonl) throws IOException {
        UniqueIds u = new UniqueIds();
        if (!Files.isRegularFile(documentsJsonl)) return u;
        try (BufferedReader r = Files.newBufferedReader(documentsJsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) u.seen.add(idOf(line));
            }
        }
        return u;
    }

    /** The top-level {@code id} of a record line, read without building the record. */
    private static String idOf(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a record: " + line.substring(0, Math.min(40, line.length())));
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("id")) return p.getText();
                p.skipChildren();
            }
        }
        throw new IOException("record without an id in a resumed documents file");
    }

    /** The document itself when its id is new in the batch, else a copy with a fresh id and a warning. */
    Document unique(Document d) {
        if (seen.add(d.id())) return d;
        String id;
        int n = 2;
        do {
            id = d.id() + "~" + n++;
        } while (!seen.add(id));
        Document renamed = new Document(id, d.metadata(), d.text(), d.excluded(), d.segments(), d.mentions(), d.relations(), d.warnings());
        return renamed.withWarning("duplicate id '" + d.id() + "' (an earlier input has it): renamed to '" + id + "'");
    }
}
