package org.summitoutcomes.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.lexicon.CountryCodes;

/**
 * Checks a record against the contract (sections 1–3): offsets in range and matching the text, no
 * overlapping mentions, normalized values in the form each type requires, relations with their required
 * fields and evidence inside the text. Used on the gold set and on the extractor's output alike.
 */
public final class RecordValidator {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern MONEY = Pattern.compile("[A-Z]{3} \\d+(\\.\\d+)?");
    private static final String DAY = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    private static final Pattern DATE = Pattern.compile(DAY + "(/" + DAY + ")?");
    private static final Pattern QUANTITY = Pattern.compile("\\d+(\\.\\d+)? \\S.*");
    private static final Pattern PARTY = Pattern.compile("[A-Z][A-Za-z0-9]{1,7}");

    private RecordValidator() {}

    /** Every problem found, one line each; empty when the record is valid. Country codes: the bundled gazetteer's. */
    public static List<String> problems(Document d) {
        return problems(d, CountryCodes.standard());
    }

    /** Every problem found, one line each; empty when the record is valid. {@code countryCodes}: the valid COUNTRY values (ISO-3). */
    public static List<String> problems(Document d, Set<String> countryCodes) {
        List<String> out = new ArrayList<>();
        int len = d.text().length();
        Set<String> ids = new HashSet<>();
        Mention prev = null;
        for (Mention m : d.mentions()) {
            String where = d.id() + " " + m.id() + " " + m.type() + " '" + m.text() + "'";
            if (m.id() == null || !ids.add(m.id())) out.add(where + ": missing or duplicate id");
            if (m.span().end() > len) {
                out.add(where + ": span " + m.span() + " beyond text length " + len);
                continue;
            }
            if (!d.cover(m.span()).equals(m.text())) out.add(where + ": text differs from text[start:end] '" + d.cover(m.span()) + "'");
            if (!m.text().equals(m.text().strip())) out.add(where + ": span has surrounding white space");
            if (prev != null && prev.span().overlaps(m.span())) out.add(where + ": overlaps " + prev.id());
            if (prev != null && prev.span().compareTo(m.span()) > 0) out.add(where + ": entities not in text order");
            prev = m;
            String norm = m.normalized();
            if (norm == null || norm.isBlank()) {
                out.add(where + ": no normalized value");
                continue;
            }
            String bad = switch (m.type()) {
                case COUNTRY -> countryCodes.contains(norm) ? null : "not an ISO 3166-1 alpha-3 code of a state";
                case MONEY -> MONEY.matcher(norm).matches() ? null : "not 'CODE amount'";
                case DATE -> DATE.matcher(norm).matches() ? null : "not an ISO 8601 date or range";
                case QUANTITY -> QUANTITY.matcher(norm).matches() ? null : "not 'number unit'";
                case LEADER -> m.attributes().containsKey("country") && m.attributes().containsKey("role") ? null : "LEADER without country and role";
                default -> null;
            };
            if (bad != null) out.add(where + ": normalized '" + norm + "': " + bad);
            if (m.type() == EntityType.LEADER && m.attributes().containsKey("country")
                    && !ISO3.matcher(m.attributes().get("country")).matches() && !m.attributes().get("country").equals("-")) {
                out.add(where + ": country attribute is not ISO-3");
            }
        }
        Set<String> rids = new HashSet<>();
        for (Relation r : d.relations()) {
            String where = d.id() + " " + r.id() + " " + r.type() + " '" + r.object() + "'";
            if (r.id() == null || !rids.add(r.id())) out.add(where + ": missing or duplicate id");
            if (r.evidence().end() > len) out.add(where + ": evidence beyond text length " + len);
            if (r.action() == null || r.action().isBlank()) out.add(where + ": no action");
            if (r.type() == RelationType.AGREEMENT && r.modality() != null) out.add(where + ": AGREEMENT with a modality");
            if (r.objectEntity() != null && !ids.contains(r.objectEntity())) out.add(where + ": object_entity " + r.objectEntity() + " not an entity");
            for (String p : r.parties()) if (!PARTY.matcher(p).matches()) out.add(where + ": party '" + p + "' is not a code");
            if (r.date() != null && !DATE.matcher(r.date()).matches()) out.add(where + ": date '" + r.date() + "' not ISO 8601");
            if (r.confidence() < 0 || r.confidence() > 1) out.add(where + ": confidence outside 0..1");
        }
        return out;
    }
}
