package org.summitoutcomes.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.summitoutcomes.model.EventCoding;

/**
 * The fields consolidation adds to a relation record in {@code documents.jsonl} ({@code outcome_id},
 * {@code action_class}, {@code plover_type}, {@code plover_mode}, {@code cameo}, {@code party_types},
 * {@code recipients}), written after the contract's fields, and read back.
 */
public final class CodingJson {
    private CodingJson() {}

    /** Puts a coding's fields on a relation node (replacing earlier ones). */
    public static void put(ObjectNode relation, EventCoding c) {
        relation.put("outcome_id", c.outcomeId());
        relation.put("action_class", c.action());
        relation.put("plover_type", c.ploverType());
        relation.put("plover_mode", c.ploverMode());
        relation.put("cameo", c.cameo());
        ArrayNode types = relation.putArray("party_types");
        c.partyTypes().forEach(types::add);
        ArrayNode rec = relation.putArray("recipients");
        c.recipients().forEach(rec::add);
    }

    /** The coding of a relation node, or {@code null} when it has none (a record before consolidation, a gold record). */
    public static EventCoding read(JsonNode relation) {
        if (!relation.has("action_class") && !relation.has("outcome_id")) return null;
        return new EventCoding(text(relation, "outcome_id"), text(relation, "action_class"), text(relation, "plover_type"),
                text(relation, "plover_mode"), text(relation, "cameo"), list(relation.get("party_types")), list(relation.get("recipients")));
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
