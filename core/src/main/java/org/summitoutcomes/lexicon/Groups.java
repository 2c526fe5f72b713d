package org.summitoutcomes.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Phrases that stand for parties other than by a country's name: group expressions expanded to their members
 * ({@code lexicons/groups.tsv}: "the five Central Asian countries" → KAZ KGZ TJK TKM UZB), seats of government
 * that stand for their state ({@code lexicons/state-institutions.tsv}: "the White House" → USA), capitals that
 * may ({@code lexicons/capitals.tsv}: "Moscow" → RUS, from the mledoze/countries data), and the
 * intergovernmental blocs that act as one party under their acronym ({@code lexicons/blocs.tsv}).
 */
public final class Groups {
    /** What a phrase is: a group of states, a seat of government, or a capital city. */
    public enum Kind { GROUP, OFFICE, CAPITAL }

    /**
     * @param words   the phrase as lower-case tokens
     * @param members ISO-3 codes (SUMMIT: the participants of the summit in context)
     * @param kind    a group of states, or an office or capital standing for its one state
     */
    public record Group(List<String> words, List<String> members, Kind kind) {
        public Group {
            words = List.copyOf(words);
            members = List.copyOf(members);
        }

        /** Whether the phrase stands for one state as a place of its government (an office or a capital), not a group. */
        public boolean office() { return kind != Kind.GROUP; }
    }

    private final List<Group> phrases;
    private final Set<String> blocs;

    /** @param phrases group, office and capital phrases (tried longest first); @param blocs normalized names of blocs */
    public Groups(List<Group> phrases, Set<String> blocs) {
        List<Group> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.words().size() - a.words().size());
        this.phrases = List.copyOf(sorted);
        this.blocs = Set.copyOf(blocs);
    }

    /** The four files as the lexicons hold them. @throws DataFileException on a bad row */
    static Groups load(Lexicons lexicons) {
        List<Group> phrases = new ArrayList<>();
        lexicons.each("lexicons/groups.tsv", r -> phrases.add(new Group(List.of(r[0].split(" ")), List.of(r[1].split(" ")), Kind.GROUP)));
        lexicons.each("lexicons/state-institutions.tsv", r -> phrases.add(new Group(List.of(r[0].split(" ")), List.of(r[1]), Kind.OFFICE)));
        lexicons.each("lexicons/capitals.tsv", r -> phrases.add(new Group(List.of(r[0].split(" ")), List.of(r[1]), Kind.CAPITAL)));
        Set<String> blocs = new HashSet<>();
        lexicons.each("lexicons/blocs.tsv", r -> blocs.add(r[0]));
        return new Groups(phrases, blocs);
    }

    /** Group and office phrases, longest first. */
    public List<Group> phrases() { return phrases; }

    /** Whether an organization's normalized name is a bloc that can be a party ("BRICS", "EU"). */
    public boolean isBloc(String normalized) { return normalized != null && blocs.contains(normalized); }
}
