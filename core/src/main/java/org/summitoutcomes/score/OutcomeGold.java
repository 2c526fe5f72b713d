package org.summitoutcomes.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;

/**
 * Outcome-level gold: which reports are one outcome. A TSV file (comment lines start with '#') of rows
 * {@code doc id TAB object words TAB outcome label}: the record of that article whose object (or its object
 * entity's normalized name) contains the words, case-insensitive, reports the labelled outcome. Predicted
 * labels are the records' {@code outcome_id}s.
 */
public final class OutcomeGold {
    /** An item ({@code doc TAB words}) and its gold label, in file order. */
    private final Map<String, String> labels;

    private OutcomeGold(Map<String, String> labels) { this.labels = labels; }

    /** @throws IOException for an unreadable file or a row without three columns (with its line number) */
    public static OutcomeGold read(Path file) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 3) throw new IOException(file + ":" + (i + 1) + ": expected doc id, object words, outcome label");
            labels.put(f[0] + "\t" + f[1].toLowerCase(Locale.ROOT), f[2]);
        }
        return new OutcomeGold(labels);
    }

    /** Each gold item's gold label. */
    public Map<String, String> gold() { return labels; }

    /** Each gold item's predicted outcome id, for the items a record of {@code documents} matches. */
    public Map<String, String> predicted(List<Document> documents) {
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : labels.keySet()) {
            String[] f = item.split("\t", 2);
            Document d = byId.get(f[0]);
            if (d == null) continue;
            for (Relation r : d.relations()) {
                if (r.coding() == null || r.coding().outcomeId() == null) continue;
                if (matches(d, r, f[1])) {
                    out.put(item, r.coding().outcomeId());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(Document d, Relation r, String words) {
        if (r.object().toLowerCase(Locale.ROOT).contains(words)) return true;
        if (r.objectEntity() == null) return false;
        return d.mentions().stream().filter(m -> m.id().equals(r.objectEntity())).map(Mention::normalized)
                .anyMatch(n -> n != null && n.toLowerCase(Locale.ROOT).contains(words));
    }

    /** B-cubed of the predicted grouping of the gold items. */
    public BCubed.Result score(List<Document> documents) { return BCubed.score(labels, predicted(documents)); }
}
