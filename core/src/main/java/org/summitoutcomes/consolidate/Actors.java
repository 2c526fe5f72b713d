package org.summitoutcomes.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.lexicon.DataFile;
import org.summitoutcomes.lexicon.Groups;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * Actor types and recipients of a record. A party is {@code LEADER} when its evidence names the state only
 * through its leader ("Xi pledged …": a leader acting for the state), {@code STATE} for any other ISO-3 code,
 * {@code IGO} for an organization or group acronym, else {@code OTHER}. A COMMITMENT's recipients are the
 * states and organizations of its evidence, not parties, right after a word of {@code lexicons/recipient-cues.txt}
 * ("provide Kyrgyzstan with …", "loans to Tajikistan").
 */
public final class Actors {
    private static final org.summitoutcomes.nlp.Lazy<Actors> STANDARD = new org.summitoutcomes.nlp.Lazy<>(Actors::load);
    private final Set<String> states;
    private final Set<String> igos;
    private final Set<String> cues;
    private final PartySets groups;
    private final Map<String, List<String>> phrases;

    /**
     * {@code phrases}: group phrases in lower case ("central asian countries") and the states they stand for; a
     * phrase right after a cue word names recipients too.
     */
    public Actors(Set<String> states, Set<String> igos, Set<String> cues, PartySets groups, Map<String, List<String>> phrases) {
        this.states = Set.copyOf(states);
        this.igos = Set.copyOf(igos);
        this.cues = Set.copyOf(cues);
        this.groups = groups;
        this.phrases = Map.copyOf(phrases);
    }

    /** States from {@code gazetteers/countries.tsv}, IGOs from {@code gazetteers/organizations.tsv}, the standard cues. */
    public static Actors standard() { return STANDARD.get(); }

    private static Actors load() {
        Set<String> states = new HashSet<>(), igos = new HashSet<>();
        DataFile.each("gazetteers/countries.tsv", r -> states.add(r[0]));
        DataFile.each("gazetteers/organizations.tsv", r -> { if (!r[0].equals("-")) igos.add(r[0]); });
        Map<String, List<String>> phrases = new HashMap<>();
        for (Groups.Group g : Lexicons.standard().groups().phrases()) {
            if (!g.office() && !g.members().contains("SUMMIT")) phrases.put(String.join(" ", g.words()), g.members());
        }
        return new Actors(states, igos, Set.copyOf(DataFile.lines("lexicons/recipient-cues.txt")), PartySets.standard(), phrases);
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
        int listEnd = -1; // end of the last recipient: "to Kazakhstan, Kyrgyzstan and Tajikistan" continues a list
        boolean listClosed = false;
        for (Mention m : d.mentions()) {
            if (!r.evidence().contains(m.span()) || m.normalized() == null) continue;
            if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION) continue;
            String before = d.text().substring(r.evidence().start(), m.span().start());
            String gap = listEnd >= 0 ? d.text().substring(listEnd, m.span().start()) : null;
            boolean continues = gap != null && !listClosed && gap.matches("(,|\\s|\\band\\b|\\bor\\b)*");
            String[] words = before.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            int i = words.length - 1;
            while (i >= 0 && (words[i].isEmpty() || words[i].equals("the"))) i--;
            if (continues || (i >= 0 && cues.contains(words[i]))) {
                if (!r.parties().contains(m.normalized())) out.add(m.normalized());
                listClosed = continues && gap.matches(".*\\b(and|or)\\b.*"); // "…, Kyrgyzstan and Tajikistan" ends the list
                listEnd = m.span().end();
            } else {
                listEnd = -1;
            }
        }
        String[] words = d.cover(r.evidence()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            if (!cues.contains(words[i])) continue;
            int j = i + 1;
            if (j < words.length && words[j].equals("the")) j++;
            for (int len = Math.min(5, words.length - j); len >= 1; len--) {
                List<String> members = phrases.get(String.join(" ", java.util.Arrays.asList(words).subList(j, j + len)));
                if (members != null) {
                    members.stream().filter(p -> !r.parties().contains(p)).forEach(out::add);
                    break;
                }
            }
        }
        return out.stream().distinct().sorted().toList();
    }
}
