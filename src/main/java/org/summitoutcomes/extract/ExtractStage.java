package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.nlp.Annotations;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Stage;
import org.summitoutcomes.tag.DataFile;
import org.summitoutcomes.tag.PatternRules;
import org.summitoutcomes.tag.Summits;

/**
 * Extracts AGREEMENT and COMMITMENT records: token rules ({@code rules/agreements.rules}) and dependency rules ({@code rules/agreements.semgrex}) find agreements; outcome frames on the dependency parse ({@code rules/frames.semgrex}) find commitments
 * that state an outcome; parties come from the subject or the addressees, objects from the documents named
 * or the verb phrase after the trigger; lists under outcome headings ({@code rules/list-headings.tsv}) give
 * one record per item; a decision about unnamed items followed by a sentence naming them gives one record
 * per named item. Dates and places come from the sentence, else from the summit the article reports.
 */
public final class ExtractStage implements Stage {
    
    private static final Map<String, String> DOC_ACTIONS = new HashMap<>();
    private static final Set<String> NEGATION = new HashSet<>();
    private static final Set<String> CLAUSE_END = Set.of(".", ";", "!", "?", ":");

    static {
        for (String[] r : DataFile.rows("lexicons/document-actions.tsv")) DOC_ACTIONS.put(r[0], r[1]);
        for (String[] r : DataFile.rows("lexicons/negation.tsv")) NEGATION.add(r[0]);
    }

    private final PatternRules agreementTriggers = new PatternRules("rules/agreements.rules");
    private final DependencyRules agreementDependencies;
    private final FrameFinder frames = new FrameFinder(FrameRules.load("rules/frames.semgrex"),
            Set.copyOf(DataFile.lines("lexicons/aspect-verbs.txt")));
    private final FrameFilter frameFilter = new FrameFilter(lexiconMap("lexicons/frame-blockers.tsv"));
    private final Set<String> frameTriggers = Set.copyOf(DataFile.lines("lexicons/frame-triggers.txt"));
    private final Supplier<StanfordCoreNLP> parser;
    private final ListLeadIns leadIns = new ListLeadIns(DataFile.rows("rules/list-lead-ins.tsv"));
    private final Parties parties = new Parties();
    private final FrameReader frameReader = new FrameReader(parties, Set.copyOf(DataFile.lines("lexicons/participant-nouns.txt")),
            Set.copyOf(DataFile.lines("lexicons/indefinite-determiners.txt")));

    public ExtractStage(Supplier<StanfordCoreNLP> parser) {
        this.agreementDependencies = new DependencyRules("rules/agreements.semgrex", "lexicons/agreement-verbs.tsv");
        this.parser = parser;
    }

    private static Map<String, String> lexiconMap(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String[] r : DataFile.rows(resource)) m.put(r[0], r[1]);
        return m;
    }

    @Override public String name() { return "extract"; }
    @Override public Set<Feature> requires() { return EnumSet.of(Feature.SEGMENTS, Feature.ENTITIES); }
    @Override public Set<Feature> provides() { return EnumSet.of(Feature.RELATIONS); }

    @Override
    public Document apply(Document doc) {
        Context base = new Context(doc);
        Context ctx = base.withParticipants(Participants.of(base, parties));
        List<Relation> found = new ArrayList<>();
        List<Segment> segs = doc.segments();
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            List<Relation> here = s.kind() == Segment.Kind.SENTENCE ? fromSentence(ctx, i)
                    : s.isListItem() ? fromListItem(ctx, s) : List.of();
            // a list item under no outcome heading is read like any sentence ("• China will provide …")
            if (s.isListItem() && listRuleFor(ctx, s) == null) here = fromSentence(ctx, i);
            found.addAll(here);
            for (Relation r : here) if (r.parties().size() >= 2) ctx.recentParties = r.parties();
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
        return doc.withRelations(numbered);
    }

    /**
     * One record per distinct outcome (guidelines 3.1): the same type and object, where an object that is
     * exactly an entity is compared by its normalized name ("signed the treaty of …" and "the signing of the … treaty").
     */
    private static String key(Relation r, Map<String, Mention> byId) {
        Mention entity = r.objectEntity() == null ? null : byId.get(r.objectEntity());
        boolean objectIsEntity = entity != null && entity.normalized() != null && entity.text().equals(r.object());
        String obj = objectIsEntity ? entity.type() + ":" + entity.normalized() : r.object();
        return r.type() + "|" + obj.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}:]+", " ").strip();
    }

    // ------------------------------------------------------------------------------------------------ lists

    /** The lead-in above an item (its heading, else the sentence that introduces its list) with what it announces; or null. */
    private Map.Entry<ListLeadIns.LeadIn, Segment> listRuleFor(Context ctx, Segment item) {
        for (int idx : new int[] {item.heading(), item.leadIn()}) {
            if (idx < 0) continue;
            Segment source = ctx.doc.segments().get(idx);
            ListLeadIns.LeadIn l = leadIns.of(source);
            if (l != null) return Map.entry(l, source);
        }
        return null;
    }

    private List<Relation> fromListItem(Context ctx, Segment item) {
        Map.Entry<ListLeadIns.LeadIn, Segment> found = listRuleFor(ctx, item);
        if (found == null) return List.of();
        ListLeadIns.LeadIn rule = found.getKey();
        Segment source = found.getValue();
        String object = ctx.doc.cover(item.span()).replaceAll("[.;,]\\s*$", "").strip();
        if (object.isEmpty()) return List.of();
        Mention entity = ctx.mainObjectEntity(item);
        String action = rule.action();
        if (rule.type() == RelationType.AGREEMENT && entity != null && entity.type() == EntityType.DOCUMENT) {
            action = documentAction(entity.normalized(), action);
        }
        if (action == null) {
            Token first = item.tokens().get(0);
            action = first.pos().startsWith("VB") || first.pos().equals("NNP") && first.lemma() != null
                    ? first.lemma().toLowerCase(Locale.ROOT) : rule.word();
        }
        List<String> ps = parties.resolve(ctx, source, 0, source.tokens().size());
        if (ps.isEmpty() && item.leadIn() >= 0 && item.heading() == source.index()) {
            Segment lead = ctx.doc.segments().get(item.leadIn());
            ps = parties.resolve(ctx, lead, 0, lead.tokens().size());
        }
        if (ps.isEmpty()) ps = ctx.contextParties();
        String[] datePlace = ctx.datePlace(item, null);
        return List.of(new Relation(null, rule.type(), action, rule.modality(), ps, object,
                entity == null ? null : entity.id(), datePlace[0], datePlace[1], null, item.span(), 0.85, "list-" + rule.word()));
    }

    private static String documentAction(String name, String fallback) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DOC_ACTIONS.containsKey(w)) return DOC_ACTIONS.get(w);
        }
        return fallback;
    }

    // -------------------------------------------------------------------------------------------- sentences

    private List<Relation> fromSentence(Context ctx, int segIndex) {
        Segment seg = ctx.doc.segments().get(segIndex);
        CoreMap sentence = sentence(ctx.doc, seg);
        List<Relation> out = new ArrayList<>();
        List<Token> toks = seg.tokens();
        for (PatternRules.Hit hit : agreementTriggers.apply(sentence)) {
            if (!negated(toks, hit.from())) out.addAll(agreement(ctx, seg, hit));
        }
        ParsedSegment parsed = needsParse(seg) ? ParsedSegment.parse(ctx.doc.text().value(), seg, parser.get()) : null;
        if (parsed == null) return out;
        for (DependencyRules.Hit hit : agreementDependencies.apply(parsed)) {
            if (!negated(toks, hit.verb())) out.addAll(dependencyAgreement(ctx, segIndex, hit));
        }
        for (Frame f : frames.find(parsed)) {
            if (frameFilter.blocked(f)) continue;
            Relation r = frameReader.read(ctx, f, ctx.contextParties(), ctx.recentParties);
            if (r != null) out.add(r);
        }
        return out;
    }

    /** Whether a segment holds a word that an agreement or frame rule can start from, so that parsing it may pay off. */
    private boolean needsParse(Segment seg) {
        if (agreementDependencies.mayMatch(seg)) return true;
        for (Token t : seg.tokens()) {
            if (t.lemma() != null && frameTriggers.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
            if (frameTriggers.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static CoreMap sentence(Document doc, Segment seg) {
        Annotation ann = Annotations.document(doc.text().value(), List.of(Annotations.labels(seg, 0)), null);
        return ann.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    }

    /** Ids of the token and dependency rules that match anywhere in a tagged document (for the rule-example test). */
    public Set<String> firedRules(Document tagged) {
        Set<String> fired = new java.util.TreeSet<>();
        for (Segment seg : tagged.segments()) {
            CoreMap sentence = sentence(tagged, seg);
            for (PatternRules.Hit h : agreementTriggers.apply(sentence)) fired.add(h.rule());
            ParsedSegment parsed = ParsedSegment.parse(tagged.text().value(), seg, parser.get());
            if (parsed != null) for (DependencyRules.Hit h : agreementDependencies.apply(parsed)) fired.add(h.rule());
        }
        return fired;
    }

    /** Every rule id with its example sentence, over the token and the dependency rule files. */
    public List<PatternRules.Example> ruleExamples() {
        List<PatternRules.Example> out = new ArrayList<>(agreementTriggers.examples());
        for (DependencyRules.Rule r : agreementDependencies.rules()) out.add(new PatternRules.Example(r.id(), r.example()));
        return out;
    }

    /** A negation or hypothetical cue (lexicons/negation.tsv) up to three tokens before the trigger. */
    private static boolean negated(List<Token> toks, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (NEGATION.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private List<Relation> agreement(Context ctx, Segment seg, PatternRules.Hit hit) {
        List<Token> toks = seg.tokens();
        if (participle(toks, hit.from())) return List.of(); // passives and reduced relatives are agreements.semgrex's
        boolean anywhere = hit.rule().equals("agr-among");
        List<Mention> docs = new ArrayList<>();
        for (Mention m : ctx.mentionsIn(seg.span())) {
            if (m.type() != EntityType.DOCUMENT) continue;
            if (anywhere || m.span().start() >= toks.get(hit.from()).span().end()) docs.add(m);
        }
        String speaker = ctx.speaker(seg, hit.from());
        String[] dp = ctx.datePlace(seg, null);
        List<String> ps = parties.subject(ctx, seg, hit.from());
        if (ps.isEmpty()) {
            List<String> between = parties.resolve(ctx, seg, hit.to(), toks.size());
            ps = ps.isEmpty() && between.size() > 1 ? between : ps;
        }
        if (ps.isEmpty()) ps = parties.resolve(ctx, seg, 0, hit.from());
        if (ps.isEmpty()) ps = ctx.contextParties();
        List<String> with = withParties(ctx, seg, hit.to());
        if (!with.isEmpty()) {
            java.util.Set<String> all = new java.util.TreeSet<>(ps);
            all.addAll(with);
            ps = new ArrayList<>(all);
        }
        List<Relation> out = new ArrayList<>();
        Span evidence = seg.span();
        if (!docs.isEmpty()) {
            for (Mention d : docs) {
                String action = hit.rule().equals("agr-among") ? documentAction(d.normalized(), "sign") : hit.detail();
                out.add(new Relation(null, RelationType.AGREEMENT, action, null, ps, d.text(), d.id(), dp[0], dp[1], speaker,
                        evidence, 0.85, hit.rule()));
            }
            return out;
        }
        int toAt = hit.to();
        if (hit.detail().equals("agree")) {
            // "agreed at their first summit, held in Tokyo …, to enhance …": the infinitive may come a few words later
            while (toAt < toks.size() && toAt - hit.to() < 16 && !toks.get(toAt).word().equals("to") && !toks.get(toAt).word().equals(".")
                    && !toks.get(toAt).word().equals("on") && !toks.get(toAt).word().equals("upon")) toAt++;
        }
        if (hit.detail().equals("agree") && toAt < toks.size() && (toks.get(toAt).word().equals("on") || toks.get(toAt).word().equals("upon"))
                && toAt == hit.to()) {
            int end = clauseEnd(toks, toAt + 1);
            for (Span obj : Vp.nounPhrases(toks, toAt + 1, end)) {
                String text = ctx.doc.cover(obj).replaceFirst("^(the|a|an)\\s+", "").replaceFirst("^as well as (on )?", "");
                if (!text.isBlank()) out.add(new Relation(null, RelationType.AGREEMENT, "agree", null, ps, text, null, dp[0], dp[1],
                        speaker, evidence, 0.7, hit.rule()));
            }
            return out;
        }
        if (hit.detail().equals("agree") && toAt < toks.size() && toks.get(toAt).word().equals("to")) {
            for (Vp vp : Vp.after(toks, toAt + 1)) {
                out.add(new Relation(null, RelationType.AGREEMENT, "agree", null, ps, ctx.doc.cover(vp.span()), null, dp[0], dp[1],
                        speaker, evidence, 0.8, hit.rule()));
            }
            return out;
        }
        if (hit.detail().equals("sign") || hit.detail().equals("conclude") || hit.detail().equals("adopt")) {
            int end = clauseEnd(toks, hit.to());
            int start = hit.to();
            // "such an agreement", "this document": a reference back, not a new outcome
            if (start < end && Set.of("such", "this", "that", "these", "those", "it", "them").contains(toks.get(start).word().toLowerCase(Locale.ROOT))) {
                return out;
            }
            while (start < end && Set.of("a", "an", "the").contains(toks.get(start).word().toLowerCase(Locale.ROOT))) start++;
            if (end - start >= 2) {
                Span obj = new Span(toks.get(start).span().start(), toks.get(end - 1).span().end());
                out.add(new Relation(null, RelationType.AGREEMENT, hit.detail(), null, ps, ctx.doc.cover(obj), null, dp[0], dp[1],
                        speaker, evidence, 0.6, hit.rule()));
            }
        }
        return out;
    }

    /**
     * An agreement found by a dependency rule (passive voice, reduced relative clause): one record per
     * DOCUMENT in the object's subtree, else one for the object itself when it says more than a bare noun
     * ("47 documents", "agreements in the field of trade"), except in a sentence that introduces a list,
     * whose items are the records.
     */
    private List<Relation> dependencyAgreement(Context ctx, int segIndex, DependencyRules.Hit hit) {
        Segment seg = ctx.doc.segments().get(segIndex);
        List<Token> toks = seg.tokens();
        int from = hit.from();
        while (from < hit.to() && Set.of("a", "an", "the").contains(toks.get(from).word().toLowerCase(Locale.ROOT))) from++;
        if (from >= hit.to()) return List.of();
        Span object = new Span(toks.get(from).span().start(), toks.get(hit.to() - 1).span().end());
        List<Mention> docs = ctx.mentionsIn(object).stream().filter(m -> m.type() == EntityType.DOCUMENT).toList();
        List<String> ps = parties.resolve(ctx, seg, hit.verb() + 1, toks.size());
        if (ps.size() < 2) ps = parties.resolve(ctx, seg, 0, toks.size());
        if (ps.size() < 2) ps = ctx.contextParties();
        String speaker = ctx.speaker(seg, hit.verb());
        String[] dp = ctx.datePlace(seg, null);
        List<Relation> out = new ArrayList<>();
        for (Mention d : docs) {
            out.add(new Relation(null, RelationType.AGREEMENT, hit.action(), null, ps, d.text(), d.id(), dp[0], dp[1], speaker,
                    seg.span(), 0.85, hit.rule()));
        }
        if (docs.isEmpty() && hit.to() - from >= 2 && !introducesList(ctx.doc, segIndex)) {
            out.add(new Relation(null, RelationType.AGREEMENT, hit.action(), null, ps, ctx.doc.cover(object), null, dp[0], dp[1],
                    speaker, seg.span(), 0.6, hit.rule()));
        }
        return out;
    }

    /**
     * A past participle that is not part of a perfect tense ("was signed", "documents signed at the
     * summit"), as opposed to "have signed".
     */
    private static boolean participle(List<Token> toks, int at) {
        if (at == 0 || !toks.get(at).pos().equals("VBN")) return false;
        for (int i = Math.max(0, at - 3); i < at; i++) if ("have".equals(toks.get(i).lemma())) return false;
        return true;
    }

    private static boolean introducesList(Document doc, int segIndex) {
        for (Segment s : doc.segments()) if (s.leadIn() == segIndex || s.heading() == segIndex) return true;
        return false;
    }

    /** Parties after "with" following an agreement verb ("sign a memorandum with China"). */
    private List<String> withParties(Context ctx, Segment seg, int from) {
        List<Token> toks = seg.tokens();
        int end = clauseEnd(toks, from);
        for (int i = from; i < end; i++) {
            if (toks.get(i).word().equals("with")) {
                int j = i + 1;
                while (j < end && !toks.get(j).pos().startsWith("VB") && !toks.get(j).pos().equals("IN")) j++;
                return parties.resolve(ctx, seg, i + 1, j);
            }
        }
        return List.of();
    }

    /** The end of the clause from {@code from}: a sentence or clause mark, or a comma that starts a participial clause. */
    static int clauseEnd(List<Token> toks, int from) {
        int i = from;
        while (i < toks.size() && !CLAUSE_END.contains(toks.get(i).word())) {
            if (toks.get(i).word().equals(",") && i + 1 < toks.size() && (toks.get(i + 1).pos().equals("VBG")
                    || toks.get(i + 1).word().equals("and") && i + 2 < toks.size() && toks.get(i + 2).pos().equals("VBG"))) break;
            i++;
        }
        return i;
    }
}
