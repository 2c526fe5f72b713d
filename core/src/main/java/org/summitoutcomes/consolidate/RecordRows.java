package org.summitoutcomes.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EventCoding;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;

/** A document's relation records as {@link RecordRow}s, each event-coded (closed action, codes, actor types, recipients). */
public final class RecordRows {
    private final ActionClasses actions;
    private final EventCodes codes;
    private final Actors actors;

    public RecordRows(ActionClasses actions, EventCodes codes, Actors actors) {
        this.actions = actions;
        this.codes = codes;
        this.actors = actors;
    }

    /** With the standard tables. */
    public static RecordRows standard() { return new RecordRows(ActionClasses.standard(), EventCodes.standard(), Actors.standard()); }

    /** The coded rows of a document's records, in record order. */
    public List<RecordRow> of(Document d) {
        Map<String, Mention> byId = d.mentions().stream().collect(Collectors.toMap(Mention::id, m -> m, (x, y) -> x));
        List<RecordRow> out = new ArrayList<>();
        for (Relation r : d.relations()) {
            EventCoding c = coding(d, r);
            Mention obj = r.objectEntity() == null ? null : byId.get(r.objectEntity());
            out.add(new RecordRow(d.id(), r.id(), r.type().name(), r.action(), r.modality() == null ? null : r.modality().label(),
                    r.parties(), r.object(), obj == null ? null : obj.normalized(), r.date(), d.metadata().published(),
                    d.metadata().source(), r.evidence().start(), r.evidence().end(), d.cover(r.evidence()), c.action(),
                    c.ploverType(), c.ploverMode(), c.cameo(), c.partyTypes(), c.recipients()));
        }
        return out;
    }

    /** A record's event coding, without an outcome id. */
    public EventCoding coding(Document d, Relation r) {
        String action = actions.classify(r.action(), r.object());
        EventCodes.Code code = codes.code(r.type().name(), action, r.modality() == null ? null : r.modality().label());
        return new EventCoding(null, action, code.ploverType(), code.ploverMode(), code.cameo(), actors.partyTypes(d, r), actors.recipients(d, r));
    }
}
