package org.summitoutcomes.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.summitoutcomes.consolidate.Outcome;

/** One line of {@code outcomes.jsonl} (README: the data dictionary), written and read. */
public final class OutcomeJson {
    private OutcomeJson() {}

    public static ObjectNode toJson(Outcome o) {
        ObjectNode n = RecordCodec.JSON.createObjectNode();
        n.put("outcome_id", o.outcomeId());
        n.put("type", o.type());
        n.put("action", o.action());
        n.put("modality", o.modality());
        n.put("plover_type", o.ploverType());
        n.put("plover_mode", o.ploverMode());
        n.put("cameo", o.cameo());
        n.put("object", o.object());
        strings(n.putArray("parties"), o.parties());
        strings(n.putArray("party_types"), o.partyTypes());
        strings(n.putArray("recipients"), o.recipients());
        n.put("date", o.date());
        n.put("date_precision", o.datePrecision());
        n.put("first_reported", o.firstReported());
        n.put("mentions", o.mentions());
        n.put("sources", o.sources());
        n.put("articles", o.articles());
        n.put("unresolved", o.unresolved());
        strings(n.putArray("records"), o.records());
        strings(n.putArray("documents"), o.documents());
        return n;
    }

    public static String toLine(Outcome o) {
        try {
            return RecordCodec.JSON.writeValueAsString(toJson(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize outcome " + o.outcomeId(), e);
        }
    }

    /** Reads a line's object; throws IllegalArgumentException naming the field that is missing. */
    public static Outcome fromJson(JsonNode n) {
        if (!n.hasNonNull("outcome_id") || !n.hasNonNull("type")) throw new IllegalArgumentException("outcome without outcome_id or type");
        return new Outcome(str(n, "outcome_id"), str(n, "type"), str(n, "action"), str(n, "modality"), str(n, "plover_type"),
                str(n, "plover_mode"), str(n, "cameo"), str(n, "object"), list(n, "parties"), list(n, "party_types"),
                list(n, "recipients"), str(n, "date"), str(n, "date_precision"), str(n, "first_reported"), n.path("mentions").asInt(),
                n.path("sources").asInt(), n.path("articles").asInt(), n.path("unresolved").asBoolean(), list(n, "records"),
                list(n, "documents"));
    }

    private static void strings(ArrayNode a, List<String> values) { values.forEach(a::add); }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String f) {
        List<String> out = new ArrayList<>();
        JsonNode a = n.get(f);
        if (a != null && a.isArray()) a.forEach(x -> out.add(x.asText()));
        return out;
    }
}
