package org.summitoutcomes.extract;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.nlp.CoreSentences;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Stage;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.rules.FrameRule;
import org.summitoutcomes.rules.FrameRules;

/**
 * Extracts AGREEMENT and COMMITMENT records. Every sentence (and list item under no outcome lead-in) that holds
 * a frame trigger is parsed once; the frame rules ({@code rules/frames.semgrex}) find the outcome's predicate
 * and its arguments on the dependency graph, and {@link FrameReader} turns each frame into records. Lists under
 * an outcome lead-in ({@code rules/list-lead-ins.tsv}) give one record per item. Records with no date of their
 * own take the reported meeting's day ({@link EventDate}).
 */
public final class ExtractStage implements Stage {
    private final Supplier<StanfordCoreNLP> parser;
    private final Lexicons lexicons;
    private final Parties parties;
    private final FrameFinder frames;
    private final FrameFilter frameFilter;
    private final AmountPledges amountPledges;
    private final Set<String> frameTriggers;
    private final FrameReader frameReader;
    private final ListLeadIns leadIns;
    private final InlineLists inlineLists;
    private final ListItems listItems;

    /** @param parser the dependency parser (CoreNLP {@code depparse}), loaded on first use */
    public ExtractStage(Supplier<StanfordCoreNLP> parser) {
        this(parser, Lexicons.standard());
    }

    /**
     * @param parser   the dependency parser (CoreNLP {@code depparse}), loaded on first use
     * @param lexicons where the frame rules ({@code rules/frames.semgrex}), list lead-ins, trigger, cue and party
     *                 word lists and the summit table come from ({@link Lexicons#standard()}: the bundled files)
     * @throws org.summitoutcomes.lexicon.DataFileException ({@code path:line: what is wrong}) on a bad row or rule
     */
    public ExtractStage(Supplier<StanfordCoreNLP> parser, Lexicons lexicons) {
        this.parser = parser;
        this.lexicons = lexicons;
        this.parties = new Parties(lexicons);
        this.frames = new FrameFinder(FrameRules.parse(lexicons.name("rules/frames.semgrex"), lexicons.text("rules/frames.semgrex")),
                lexicons.words("lexicons/aspect-verbs.txt"));
        Map<String, String> blockers = lexiconMap(lexicons, "lexicons/frame-blockers.tsv");
        this.frameFilter = new FrameFilter(blockers);
        Set<String> negations = blockers.entrySet().stream().filter(e -> e.getValue().equals("modifier")).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        this.amountPledges = new AmountPledges(AmountPledges.parse(lexicons.name("lexicons/pledge-words.tsv"), lexicons.text("lexicons/pledge-words.tsv")),
                negations);
        this.frameTriggers = lexicons.words("lexicons/frame-triggers.txt");
        DocumentKinds documentKinds = lexicons.table("lexicons/document-actions.tsv", DocumentKinds::new);
        this.frameReader = new FrameReader(parties, lexicons.words("lexicons/participant-nouns.txt"),
                lexicons.words("lexicons/indefinite-determiners.txt"), lexicons.words("lexicons/referring-determiners.txt"), documentKinds,
                lexicons.words("lexicons/object-prepositions.txt"),
                lexicons.lines("lexicons/amount-links.txt"), lexicons.words("lexicons/condition-marks.txt"));
        this.leadIns = ListLeadIns.parse(lexicons.name("rules/list-lead-ins.tsv"), lexicons.text("rules/list-lead-ins.tsv"));
        this.inlineLists = new InlineLists(leadIns, lexicons.words("lexicons/list-introducers.txt"));
        this.listItems = new ListItems(leadIns, documentKinds, parties);
    }

    private static Map<String, String> lexiconMap(Lexicons lexicons, String resource) {
        Map<String, String> m = new HashMap<>();
        lexicons.each(resource, r -> m.put(r[0], r[1]));
        return m;
    }

    @Override public String name() { return "extract"; }
    @Override public Set<Feature> requires() { return EnumSet.of(Feature.SEGMENTS, Feature.ENTITIES); }
    @Override public Set<Feature> provides() { return EnumSet.of(Feature.RELATIONS); }

    @Override
    public Document apply(Document doc) {
        Context base = new Context(doc, lexicons);
        Context ctx = base.withParticipants(Participants.of(base, parties));
        List<Relation> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> recent = List.of();
        Set<Integer> listAbove = new java.util.HashSet<>(); // segments a list item names as its heading or lead-in
        for (Segment s : doc.segments()) {
            if (s.isListItem()) {
                listAbove.add(s.leadIn());
                listAbove.add(s.heading());
            }
        }
        CoreSentences labels = CoreSentences.of(doc);
        for (int si = 0; si < doc.segments().size(); si++) {
            Segment s = doc.segments().get(si);
            List<Relation> here;
            if (s.isListItem() && listItems.underLeadIn(ctx, s)) here = listItems.read(ctx, s);
            else if (s.kind() == Segment.Kind.SENTENCE || s.isListItem() || isSentence(s)) {
                here = fromSentence(ctx, s, labels.labels(si), listAbove.contains(s.index()), recent, warnings);
            }
            else here = List.of();
            found.addAll(here);
            for (Relation r : here) if (r.parties().size() >= 2) recent = r.parties();
        }
        Map<String, Mention> byId = new HashMap<>();
        for (Mention m : doc.mentions()) byId.put(m.id(), m);
        Map<String, Relation> unique = new LinkedHashMap<>();
        for (Relation r : found) unique.putIfAbsent(key(r, byId), r);
        List<Relation> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(Relation::evidence));
        String eventDate = EventDate.of(ctx);
        List<Relation> numbered = new ArrayList<>();
        for (Relation r : sorted) {
            Relation dated = r.date() == null && eventDate != null ? r.withDate(eventDate) : r;
            numbered.add(dated.withId("R" + (numbered.size() + 1)));
        }
        Document out = doc.withRelations(numbered);
        for (String w : warnings) out = out.withWarning(w);
        return out;
    }

    /**
     * One record per distinct outcome (guidelines 3.1): the same type and object, where an object that is
     * exactly an entity is compared by its normalized name ("signed the treaty of …" and "the signing of the … treaty").
     */
    private static String key(Relation r, Map<String, Mention> byId) {
        Mention entity = r.objectEntity() == null ? null : byId.get(r.objectEntity());
        boolean objectIsEntity = entity != null && entity.normalized() != null && entity.text().equals(r.object());
        String obj = objectIsEntity ? entity.type() + ":" + entity.normalized() : r.object();
        if (objectIsEntity && entity.type() == EntityType.MONEY) obj = obj + ":" + r.parties(); // the same sum from two donors is two pledges
        return r.type() + "|" + obj.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}:]+", " ").strip();
    }

    // -------------------------------------------------------------------------------------------- sentences

    /**
     * The records of one sentence. A sentence the parser cannot take (longer than {@link ParsedSegment#MAX_TOKENS}
     * tokens, or one it fails on) gives none, and a warning on the document says which.
     */
    /**
     * @param aboveList whether a list item names this segment as its heading or lead-in: if the segment announces
     *                  outcomes, its items are the records, not the lead-in itself
     */
    private List<Relation> fromSentence(Context ctx, Segment seg, List<edu.stanford.nlp.ling.CoreLabel> labels, boolean aboveList,
                                        List<String> recent, List<String> warnings) {
        List<Relation> inline = inlineLists.read(ctx, seg, parties);
        if (!inline.isEmpty()) return inline;
        if (!holdsTrigger(seg)) return List.of();
        if (seg.tokens().size() > ParsedSegment.MAX_TOKENS) {
            warnings.add("sentence at " + seg.span().start() + " has " + seg.tokens().size() + " tokens, more than the parser takes ("
                    + ParsedSegment.MAX_TOKENS + "): no outcome read from it");
            return List.of();
        }
        ParsedSegment parsed;
        try {
            parsed = ParsedSegment.parse(ctx.doc.text().value(), seg, labels, parser.get());
        } catch (RuntimeException e) {
            warnings.add("sentence at " + seg.span().start() + " could not be parsed (" + e.getClass().getSimpleName() + "): no outcome read from it");
            return List.of();
        }
        if (parsed == null) return List.of();
        boolean leadIn = aboveList && leadIns.of(seg) != null;
        List<Relation> out = new ArrayList<>();
        for (Frame f : frames.find(parsed)) {
            if (frameFilter.blocked(f)) continue;
            for (Relation r : frameReader.read(ctx, f, ctx.contextParties(), recent)) {
                if (leadIn && r.type() == RelationType.AGREEMENT && r.objectEntity() == null) continue;
                out.addAll(NamedItems.expand(ctx, seg, r));
            }
        }
        out.addAll(amountPledges.read(ctx, seg, ctx.doc.mentionsByToken(seg), parties));
        return withoutContained(out);
    }

    /**
     * One record per outcome of a sentence: a record whose object is part of another's of the same type,
     * modality and parties ("boost energy efficiency" beside "a joint effort to boost energy efficiency", read by
     * two rules) is dropped.
     */
    static List<Relation> withoutContained(List<Relation> rs) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : rs) {
            boolean inside = false;
            for (Relation o : rs) {
                if (o != r && o.type() == r.type() && o.modality() == r.modality() && o.parties().equals(r.parties())
                        && o.object().length() > r.object().length() && o.object().contains(r.object())) inside = true;
            }
            if (!inside) out.add(r);
        }
        return out;
    }

    /** A first line that is a sentence, not a headline: it ends with a full stop (headlines do not). */
    private static boolean isSentence(Segment s) {
        return s.kind() == Segment.Kind.TITLE && !s.tokens().isEmpty() && s.tokens().get(s.tokens().size() - 1).word().equals(".");
    }

    /** Whether a segment holds a word a frame rule can start from, so that parsing it may pay off. */
    private boolean holdsTrigger(Segment seg) {
        for (Token t : seg.tokens()) {
            if (t.lemma() != null && frameTriggers.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
            if (frameTriggers.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The frame rules, in file order (for the test that every rule yields its expected record on its example). */
    public List<FrameRule> frameRules() { return frames.rules(); }

    /** The rows of the list lead-in table, in file order (for the test that every row yields its expected record). */
    List<ListLeadIns.LeadIn> listLeadIns() { return leadIns.rules(); }

    /** The rows of the pledge word table, in file order (for the test that every row yields its expected record). */
    List<AmountPledges.Word> pledgeWords() { return amountPledges.words(); }
}
