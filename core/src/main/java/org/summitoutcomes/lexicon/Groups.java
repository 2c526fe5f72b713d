package org.summitoutcomes.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Phrases that stand for parties other than by a country's name: group expressions expanded to their members
 * ({@code lexicons/groups.tsv}: "the five Central Asian countries" → KAZ KGZ TJK TKM UZB), seats of government
 * that stand for their state ({@code lexicons/state-institutions.tsv}: "the White House" → USA), and the
 * intergovernmental blocs that act as one party under their acronym ({@code lexicons/blocs.tsv}).
 */
public final class Groups {
    /**
     * @param words   the phrase as lower-case tokens
     * @param members ISO-3 codes (SUMMIT: the participants of the summit in context)
     * @param office  a seat of government standing for its state, not a group of states
     */
    public record Group(List<String> words, List<String> members, boolean office) {
        public Group {
            words = List.copyOf(words);
            members = List.copyOf(members);
        }
    }

    private final List<Group> phrases;
    private final Set<String> blocs;

    /** @param phrases group and office phrases (tried longest first); @param blocs normalized names of blocs */
    public Groups(List<Group> phrases, Set<String> blocs) {
        List<Group> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.words().size() - a.words().size());
        this.phrases = List.copyOf(sorted);
        this.blocs = Set.copyOf(blocs);
    }

    /** The three files as the lexicons hold them. @throws DataFileException on a bad row */
    static Groups load(Lexicons lexicons) {
        List<Group> phrases = new ArrayList<>();
        lexicons.each("lexicons/groups.tsv", r -> phrases.add(new Group(List.of(r[0].split(" ")), List.of(r[1].split(" ")), false)));
        lexicons.each("lexicons/state-institutions.tsv", r -> phrases.add(new Group(List.of(r[0].split(" ")), List.of(r[1]), true)));
        Set<String> blocs = new HashSet<>();
        lexicons.each("lexicons/blocs.tsv", r -> blocs.add(r[0]));
        return new Groups(phrases, blocs);
    }

    /** Group and office phrases, longest first. */
    public List<Group> phrases() { return phrases; }

    /** Whether an organization's normalized name is a bloc that can be a party ("BRICS", "EU"). */
    public boolean isBloc(String normalized) { return normalized != null && blocs.contains(normalized); }
}
