package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.lexicon.Groups;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * Resolves the parties of an outcome from tokens: countries, leaders (their country), group phrases
 * ({@code lexicons/groups.tsv}, expanded), "the two countries" after a bilateral meeting, and "they".
 */
final class Parties {

    private final Groups groups;
    private final List<List<String>> coPhrases = new ArrayList<>();

    /**
     * How a party was named: a state (or its leader), a group phrase expanded to its members, a bloc acting as
     * one, or a phrase that stands for the article's participants ("the leaders", "the two countries").
     */
    enum Kind { STATE, GROUP, BLOC, CONTEXT }

    /** One resolved party with how it was named. */
    record Named(String code, Kind kind) {}

    /** subordinating conjunctions tagged IN ({@code lexicons/subordinators.txt}) */
    private final java.util.Set<String> subordinators;

    /** "two countries", "two sides": nouns that stand for a bilateral meeting's states ({@code lexicons/pair-nouns.txt}) */
    private final java.util.Set<String> pairNouns;

    /** @param lexicons blocs, groups, seats of government, capitals, co-party phrases and subordinators ({@code lexicons/}) */
    Parties(Lexicons lexicons) {
        subordinators = lexicons.words("lexicons/subordinators.txt");
        pairNouns = lexicons.words("lexicons/pair-nouns.txt");
        groups = lexicons.groups();
        for (String line : lexicons.lines("lexicons/co-party-phrases.txt")) coPhrases.add(List.of(line.split(" ")));
    }

    /**
     * Parties named in tokens {@code [from, to)} of a segment. A phrase that names parties itself ("BRICS
     * leaders", "the leaders of China and Kazakhstan") stands for them alone, not also for the participants.
     */
    List<String> resolve(Context ctx, Segment seg, int from, int to) {
        List<Named> named = named(ctx, seg, from, to);
        boolean explicit = named.stream().anyMatch(n -> n.kind() != Kind.CONTEXT);
        Set<String> out = new LinkedHashSet<>();
        for (Named n : named) if (!explicit || n.kind() != Kind.CONTEXT) out.add(n.code());
        return new ArrayList<>(out);
    }

    /**
     * Parties named in tokens {@code [from, to)} of a segment, each with how it was named: states (ISO-3 codes of
     * countries and of leaders' countries), group phrases expanded to their members, blocs of
     * {@code lexicons/blocs.tsv} as their acronym.
     */
    List<Named> named(Context ctx, Segment seg, int from, int to) {
        List<Named> out = new ArrayList<>();
        List<Token> toks = seg.tokens();
        int i = from;
        while (i < to) {
            Groups.Group g = groupAt(toks, i, to);
            if (g != null && g.office() && !actsAsState(toks, i, g.words().size())) g = null;
            if (g != null && g.kind() == Groups.Kind.CAPITAL && !capitalActs(ctx, seg, i, g.words().size())) g = null;
            if (g != null) {
                if (g.members().contains("SUMMIT")) for (String c : ctx.contextParties()) out.add(new Named(c, Kind.CONTEXT));
                else for (String c : g.members()) out.add(new Named(c, Kind.GROUP));
                i += g.words().size();
                continue;
            }
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("two") && i + 1 < to && pairNouns.contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                for (String c : bilateral(ctx, seg)) out.add(new Named(c, Kind.CONTEXT));
                i += 2;
                continue;
            }
            Mention m = ctx.mentionAtToken(seg, i);
            if (m != null) {
                if (m.type() == EntityType.COUNTRY && m.normalized() != null && m.normalized().matches("[A-Z]{3}")) {
                    out.add(new Named(m.normalized(), Kind.STATE));
                } else if (m.type() == EntityType.LEADER && m.attributes().get("country") != null) {
                    out.add(new Named(m.attributes().get("country"), Kind.STATE));
                } else if (m.type() == EntityType.ORGANIZATION && groups.isBloc(m.normalized())) {
                    out.add(new Named(m.normalized(), Kind.BLOC));
                }
            }
            i++;
        }
        return out;
    }

    /** Whether an organization's normalized name is a bloc that acts as one party ({@code lexicons/blocs.tsv}). */
    boolean isBloc(String normalized) { return groups.isBloc(normalized); }

    /** Countries (including demonyms) mentioned inside a span. */
    List<String> countriesIn(Context ctx, Span span) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : ctx.mentionsIn(span)) if (m.type() == EntityType.COUNTRY) out.add(m.normalized());
        return new ArrayList<>(out);
    }

    /** Whether a co-party phrase ("together with") stands at, or just before, token {@code first}. */
    boolean coPhraseBefore(List<Token> toks, int first) {
        for (List<String> phrase : coPhrases) {
            for (int start = Math.max(0, first - phrase.size()); start <= first; start++) {
                if (wordsAt(toks, start, toks.size(), phrase)) return true;
            }
        }
        return false;
    }

    /**
     * "the two countries": the article's participants when they are two, else the two countries named in this
     * segment, else in the one before.
     */
    private List<String> bilateral(Context ctx, Segment seg) {
        if (ctx.contextParties().size() == 2) return ctx.contextParties();
        List<String> here = countriesIn(ctx, seg.span());
        if (here.size() == 2) return here;
        int idx = seg.index();
        if (idx > 0) {
            List<String> before = countriesIn(ctx, ctx.doc.segments().get(idx - 1).span());
            if (before.size() == 2) return before;
        }
        return here;
    }

    /**
     * Whether a seat of government is named as an actor, not as a place or a source: not after a preposition
     * ("at the White House", "in the Kremlin"; a subordinator such as "that" opens a clause instead:
     * {@code lexicons/subordinators.txt}) and not as a possessor ("the Kremlin's press service").
     */
    private boolean actsAsState(List<Token> toks, int i, int length) {
        int before = i - 1;
        if (before >= 0 && toks.get(before).word().equalsIgnoreCase("the")) before--;
        if (before >= 0 && toks.get(before).pos() != null && (toks.get(before).pos().equals("IN") || toks.get(before).pos().equals("TO"))
                && !subordinators.contains(toks.get(before).word().toLowerCase(Locale.ROOT))) return false;
        int after = i + length;
        return after >= toks.size() || !toks.get(after).pos().equals("POS");
    }

    /**
     * Whether a capital's words name its government acting ("Moscow aims to …", "Beijing and Moscow signed …"),
     * not the city (a dateline, "the Astana summit", "the Lima Declaration"): written as a proper name, not part
     * of another name (a DOCUMENT, MECHANISM, ORGANIZATION … mention, or a name it runs on into: "the Riyadh
     * Summit"), and the subject of the verb that follows it, alone or with other names joined by "and" or commas.
     */
    private static boolean capitalActs(Context ctx, Segment seg, int i, int length) {
        List<Token> toks = seg.tokens();
        for (int k = i; k < i + length; k++) {
            if (toks.get(k).pos() == null || !toks.get(k).pos().startsWith("NNP")) return false;
            Mention m = ctx.mentionAtToken(seg, k);
            if (m != null && m.type() != EntityType.LOCATION) return false;
        }
        int j = i + length;
        while (j + 1 < toks.size() && isPos(toks.get(j), "CC", ",") && isPos(toks.get(j + 1), "NNP")) { // "… and Moscow", ", Seoul"
            j++;
            while (j < toks.size() && isPos(toks.get(j), "NNP")) j++;
        }
        return j < toks.size() && isPos(toks.get(j), "VB", "MD");
    }

    /** Whether a token's POS tag starts with one of the prefixes. */
    private static boolean isPos(Token t, String... prefixes) {
        if (t.pos() == null) return false;
        for (String p : prefixes) if (t.pos().startsWith(p)) return true;
        return false;
    }

    private Groups.Group groupAt(List<Token> toks, int i, int to) {
        for (Groups.Group g : groups.phrases()) if (wordsAt(toks, i, to, g.words())) return g;
        return null;
    }

    /** Whether tokens from {@code i} (and before {@code to}) are these lower-case words. */
    static boolean wordsAt(List<Token> toks, int i, int to, List<String> words) {
        if (i + words.size() > to) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!toks.get(i + k).word().toLowerCase(Locale.ROOT).equals(words.get(k))) return false;
        }
        return true;
    }
}
