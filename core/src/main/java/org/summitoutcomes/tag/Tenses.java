package org.summitoutcomes.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.lexicon.Lexicons;

/** The tense of the clause around a token, read from the nearest verb group (part-of-speech tags and auxiliaries). */
final class Tenses {
    private final Set<String> futureWords;
    private final Set<String> pastAuxiliaries;

    /**
     * @param futureWords     words that make the verb group future ({@code lexicons/future-words.txt}: will, shall, scheduled …)
     * @param pastAuxiliaries auxiliaries of the past and perfect ({@code lexicons/past-auxiliaries.txt}: has, was, did …)
     */
    Tenses(Set<String> futureWords, Set<String> pastAuxiliaries) {
        this.futureWords = Set.copyOf(futureWords);
        this.pastAuxiliaries = Set.copyOf(pastAuxiliaries);
    }

    /** The word lists as the lexicons hold them. @throws org.summitoutcomes.lexicon.DataFileException when one is missing */
    static Tenses of(Lexicons lexicons) {
        return new Tenses(lexicons.words("lexicons/future-words.txt"), lexicons.words("lexicons/past-auxiliaries.txt"));
    }

    /** PAST for a past or perfect verb, FUTURE for will/shall/"is to"/"scheduled", else PRESENT (also with no verb). */
    DateGrammar.Tense at(List<CoreLabel> toks, int i) {
        int best = -1;
        for (int d = 0; d < toks.size(); d++) {
            if (i - d >= 0 && isVerb(toks.get(i - d))) { best = i - d; break; }
            if (i + d < toks.size() && isVerb(toks.get(i + d))) { best = i + d; break; }
        }
        if (best < 0) return DateGrammar.Tense.PRESENT;
        for (int k = Math.max(0, best - 3); k <= Math.min(toks.size() - 1, best + 1); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (futureWords.contains(w)) return DateGrammar.Tense.FUTURE;
            if ((w.equals("is") || w.equals("are")) && k + 1 < toks.size() && toks.get(k + 1).word().equals("to")) return DateGrammar.Tense.FUTURE;
            if (w.equals("going") && k + 1 < toks.size() && toks.get(k + 1).word().equals("to")) return DateGrammar.Tense.FUTURE;
        }
        String tag = toks.get(best).tag();
        if (tag != null && (tag.equals("VBD") || tag.equals("VBN"))) return DateGrammar.Tense.PAST;
        for (int k = Math.max(0, best - 3); k < best; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (pastAuxiliaries.contains(w)) return DateGrammar.Tense.PAST;
        }
        return DateGrammar.Tense.PRESENT;
    }

    private static boolean isVerb(CoreLabel t) {
        String tag = t.tag();
        return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
    }
}
