package org.summitoutcomes.consolidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.tag.DataFile;

/**
 * Actor types and recipients of a record. A party is {@code LEADER} when its evidence names the state only
 * through its leader ("Xi pledged …": a leader acting for the state), {@code STATE} for any other ISO-3 code,
 * {@code IGO} for an organization or group acronym, else {@code OTHER}. A COMMITMENT's recipients are the
 * states and organizations of its evidence, not parties, right after a word of {@code lexicons/recipient-cues.txt}
 * ("provide Kyrgyzstan with …", "loans to Tajikistan").
 */
public final class Actors {
    private static volatile Actors standard;
    private final Set<String> states;
    private final Set<String> igos;
    private final Set<String> cues;
    private final PartySets groups;

    public Actors(Set<String> states, Set<String> igos, Set<String> cues, PartySets groups) {
        this.states = Set.copyOf(states);
        this.igos = Set.copyOf(igos);
        this.cues = Set.copyOf(cues);
        this.groups = groups;
    }

    /** States from {@code gazetteers/countries.tsv}, IGOs from {@code gazetteers/organizations.tsv}, the standard cues. */
    public static Actors standard() {
        if (standard == null) {
            Set<String> states = new HashSet<>(), igos = new HashSet<>();
            for (String[] r : DataFile.rows("gazetteers/countries.tsv")) states.add(r[0]);
            for (String[] r : DataFile.rows("gazetteers/organizations.tsv")) if (!r[0].equals("-")) igos.add(r[0]);
            standard = new Actors(states, igos, Set.copyOf(DataFile.lines("lexicons/recipient-cues.txt")), PartySets.standard());
        }
        return standard;
    }

    /** One actor type per party of the record, in the record's party order. */
    public List<String> partyTypes(Document d, Relation r) {
        List<Mention> inEvidence = d.mentions().stream().filter(m -> r.evidence().contains(m.span())).toList();
        List<String> out = new ArrayList<>();
        for (String p : r.parties()) {
            if (states.contains(p)) {
                boolean named = inEvidence.stream().anyMatch(m -> m.type() == EntityType.COUNTRY && p.equals(m.normalized()));
                boolean leader = inEvidence.stream().anyMatch(m -> m.type() == EntityType.LEADER && p.equals(m.attributes().get("country")));
                out.add(leader && !named ? "LEADER" : "STATE");
            } else if (igos.contains(p) || groups.isGroup(p)) {
                out.add("IGO");
            } else {
                out.add("OTHER");
            }
        }
        return out;
    }

    /** The recipients of a COMMITMENT (sorted codes); empty for an AGREEMENT or when the text names none. */
    public List<String> recipients(Document d, Relation r) {
        if (r.type() != RelationType.COMMITMENT) return List.of();
        List<String> out = new ArrayList<>();
        for (Mention m : d.mentions()) {
            if (!r.evidence().contains(m.span()) || m.normalized() == null) continue;
            if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION) continue;
            if (r.parties().contains(m.normalized())) continue;
            String before = d.text().substring(r.evidence().start(), m.span().start());
            String[] words = before.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            int i = words.length - 1;
            while (i >= 0 && (words[i].isEmpty() || words[i].equals("the"))) i--;
            if (i >= 0 && cues.contains(words[i])) out.add(m.normalized());
        }
        return out.stream().distinct().sorted().toList();
    }
}
