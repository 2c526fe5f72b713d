package org.summitoutcomes.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The output record of contract section 3, written and read: one JSON object per article. Gold files,
 * extractor output and brat imports all go through this class, so they cannot drift apart.
 */
public final class RecordCodec {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENTITY_FIELDS = Set.of("id", "type", "text", "start", "end", "normalized", "rule");

    private RecordCodec() {}

    public static ObjectNode toJson(Document d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        Metadata m = d.metadata();
        o.put("title", m.title());
        o.put("published", m.published());
        o.put("source", m.source());
        o.put("dateline", m.dateline());
        o.put("url", m.url());
        o.put("text", d.text().value());
        ArrayNode ents = o.putArray("entities");
        for (Mention e : d.mentions()) {
            ObjectNode n = ents.addObject();
            n.put("id", e.id());
            n.put("type", e.type().name());
            n.put("text", e.text());
            n.put("start", e.span().start());
            n.put("end", e.span().end());
            n.put("normalized", e.normalized());
            e.attributes().forEach(n::put);
            if (e.rule() != null) n.put("rule", e.rule());
        }
        ArrayNode rels = o.putArray("relations");
        for (Relation r : d.relations()) {
            ObjectNode n = rels.addObject();
            n.put("id", r.id());
            n.put("type", r.type().name());
            n.put("action", r.action());
            n.put("modality", r.modality() == null ? null : r.modality().label());
            ArrayNode ps = n.putArray("parties");
            r.parties().forEach(ps::add);
            n.put("object", r.object());
            n.put("object_entity", r.objectEntity());
            n.put("date", r.date());
            n.put("place", r.place());
            n.put("speaker", r.speaker());
            ObjectNode ev = n.putObject("evidence");
            ev.put("start", r.evidence().start());
            ev.put("end", r.evidence().end());
            ev.put("text", d.cover(r.evidence()));
            n.put("confidence", r.confidence());
            if (r.rule() != null) n.put("rule", r.rule());
            if (r.coding() != null) CodingJson.put(n, r.coding());
        }
        ArrayNode w = o.putArray("warnings");
        d.warnings().forEach(w::add);
        return o;
    }

    public static String toLine(Document d) {
        try {
            return JSON.writeValueAsString(toJson(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + d.id(), e);
        }
    }

    public static String toPrettyJson(Document d) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(d)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + d.id(), e);
        }
    }

    /** Reads a record; throws IllegalArgumentException with the record id and field for malformed input. */
    public static Document fromJson(JsonNode o) {
        String id = str(o, "id");
        String text = str(o, "text");
        if (id == null || text == null) throw new IllegalArgumentException("record without id or text");
        Metadata meta = new Metadata(str(o, "title"), str(o, "published"), str(o, "source"), str(o, "dateline"), str(o, "url"));
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode e : iter(o.get("entities"))) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!ENTITY_FIELDS.contains(f.getKey()) && !f.getValue().isNull()) attrs.put(f.getKey(), f.getValue().asText());
            }
            try {
                mentions.add(new Mention(str(e, "id"), EntityType.valueOf(str(e, "type")), new Span(e.get("start").asInt(), e.get("end").asInt()),
                        str(e, "text"), str(e, "normalized"), attrs, str(e, "rule")));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(id + ": entity " + str(e, "id") + ": " + ex.getMessage(), ex);
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode r : iter(o.get("relations"))) {
            List<String> parties = new ArrayList<>();
            for (JsonNode p : iter(r.get("parties"))) parties.add(p.asText());
            JsonNode ev = r.get("evidence");
            try {
                relations.add(new Relation(str(r, "id"), RelationType.valueOf(str(r, "type")), str(r, "action"),
                        Modality.parse(str(r, "modality")), parties, str(r, "object"), str(r, "object_entity"), str(r, "date"),
                        str(r, "place"), str(r, "speaker"), new Span(ev.get("start").asInt(), ev.get("end").asInt()),
                        r.hasNonNull("confidence") ? r.get("confidence").asDouble() : 1.0, str(r, "rule"), CodingJson.read(r)));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(id + ": relation " + str(r, "id") + ": " + ex.getMessage(), ex);
            }
        }
        List<String> warnings = new ArrayList<>();
        for (JsonNode w : iter(o.get("warnings"))) warnings.add(w.asText());
        return new Document(id, meta, new Text(text), List.of(), List.of(), mentions, relations, warnings);
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        if (n == null || !n.isArray()) return List.of();
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
