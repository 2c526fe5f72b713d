package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.rules.FrameRule;

/**
 * Turns a frame into outcome records: the object phrase, the parties (from the rule's party node, resolved
 * within the article: states, leaders → their states, groups, pronouns, the article's participants; for an
 * agreement also "with", "between" and "by" phrases), the action, the date and place, the speaker.
 */
final class FrameReader {
    private static final Set<EntityType> OBJECT_TYPES = EnumSet.of(EntityType.DOCUMENT, EntityType.CENTER, EntityType.MECHANISM,
            EntityType.INITIATIVE, EntityType.MONEY);
    private final Parties parties;
    /** head nouns that stand for the article's participants ("the leaders", "both sides", "the summit") */
    private final Set<String> participantNouns;
    /** determiners and modifiers that make such a noun stand for others ("some countries", "all related parties") */
    private final Set<String> indefinite;

    /** determiners that make an agreement's object refer back to one already named ("such", "this") */
    private final Set<String> referring;
    private final DocumentKinds documentKinds;

    /** prepositions whose phrase after a noun object belongs to the object */
    private final Set<String> attachedPrepositions;
    /** subordinators whose clause stays in a verb object ("if", "once") */
    private final Set<String> conditionMarks;
    /** "worth", "valued at": words that tie an amount right after a noun object to it */
    private final List<List<String>> amountLinks;

    FrameReader(Parties parties, Set<String> participantNouns, Set<String> indefinite, Set<String> referring, DocumentKinds documentKinds,
                Set<String> attachedPrepositions, List<String> amountLinks, Set<String> conditionMarks) {
        this.conditionMarks = Set.copyOf(conditionMarks);
        this.parties = parties;
        this.amountLinks = amountLinks.stream().map(p -> List.of(p.split(" "))).toList();
        this.attachedPrepositions = Set.copyOf(attachedPrepositions);
        this.referring = Set.copyOf(referring);
        this.documentKinds = documentKinds;
        this.participantNouns = Set.copyOf(participantNouns);
        this.indefinite = Set.copyOf(indefinite);
    }

    /**
     * An object read as written never cuts a mention in two: where the parse ends it inside one ("AUD$" of
     * "AUD$1 million"), it runs to the mention's edge. A rebuilt passive object is left as it is.
     */
    private static ObjectPhrase wholeMentions(Context ctx, ObjectPhrase object) {
        if (!object.asWritten(ctx.doc)) return object;
        int start = object.span().start(), end = object.span().end();
        for (Mention m : ctx.mentionsOverlapping(object.span())) {
            if (m.span().start() < start) start = m.span().start();
            if (m.span().end() > end) end = m.span().end();
        }
        if (start == object.span().start() && end == object.span().end()) return object;
        return object.over(ctx.doc, new Span(start, end));
    }

    /** An object read as written stops before a trailing attribution the parser put inside it (", Premier Li told …"). */
    private static ObjectPhrase withoutAttribution(Context ctx, Segment seg, ObjectPhrase object) {
        if (!object.asWritten(ctx.doc)) return object;
        List<Token> toks = seg.tokens();
        int from = -1, to = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (!object.span().contains(toks.get(i).span())) continue;
            if (from < 0) from = i;
            to = i;
        }
        if (from < 0) return object;
        int comma = ctx.speakers.attributionComma(seg, from, to);
        if (comma <= from) return object;
        return object.over(ctx.doc, new Span(object.span().start(), toks.get(comma - 1).span().end()));
    }

    /** An object that is one pronoun ("announced it would …" read as "announced | it"): it names no outcome. */
    private static boolean isPronoun(Segment seg, ObjectPhrase object) {
        Token only = null;
        for (Token t : seg.tokens()) {
            if (!object.span().contains(t.span())) continue;
            if (only != null) return false;
            only = t;
        }
        return only != null && only.pos() != null && (only.pos().startsWith("PRP") || only.pos().equals("DT") || only.pos().equals("WDT"));
    }

    /**
     * A noun object followed by an amount it is worth ("technical support | valued at GBP1.3 million") runs on
     * through the amount's MONEY mention.
     */
    private ObjectPhrase withAmount(Context ctx, Segment seg, ObjectPhrase object) {
        if (!object.asWritten(ctx.doc)) return object;
        List<Token> toks = seg.tokens();
        int next = 0;
        while (next < toks.size() && toks.get(next).span().start() < object.span().end()) next++;
        for (List<String> link : amountLinks) {
            int k = next + link.size();
            if (!Parties.wordsAt(toks, next, toks.size(), link) || k >= toks.size()) continue;
            int at = toks.get(k).span().start();
            int upTo = toks.get(Math.min(k + 2, toks.size() - 1)).span().end(); // "more than $3 billion": a qualifier may lead
            for (Mention m : ctx.mentionsOverlapping(new Span(at, upTo))) {
                if (m.type() == EntityType.MONEY && m.span().start() >= at) {
                    return object.over(ctx.doc, new Span(object.span().start(), m.span().end()));
                }
            }
        }
        return object;
    }

    /**
     * The records a frame states: one, or for an AGREEMENT whose object names documents one per document; none
     * when its party node names no party (the subject is a thing or a commentator, not a state or body) or
     * when an agreement's object only refers back ("such an agreement", "these documents").
     *
     * @param participants the article's participants ({@link Participants})
     * @param recent       the parties of the last record before this one in the article, for "they"
     */
    List<Relation> read(Context ctx, Frame f, List<String> participants, List<String> recent) {
        ObjectPhrase object = ObjectPhrase.read(ctx.doc, f.parsed(), f.object(), f.trigger() == f.object() ? -1 : f.trigger(),
                attachedPrepositions, conditionMarks);
        if (object == null || object.text().isBlank()) return List.of();
        object = withAmount(ctx, f.parsed().segment(), wholeMentions(ctx, withoutAttribution(ctx, f.parsed().segment(), object)));
        if (isPronoun(f.parsed().segment(), object)) return List.of();
        boolean agreement = f.rule().type() == RelationType.AGREEMENT;
        if (agreement && refersBack(f)) return List.of();
        List<String> co = agreement ? coParties(ctx, f) : jointParties(ctx, f);
        List<String> ps = switch (f.rule().parties()) {
            case NONE -> List.of();
            case PARTICIPANTS -> co.isEmpty() ? participants : co;
            case NODE -> {
                List<String> own = partiesOf(ctx, f, participants, recent);
                yield own == null ? null : union(own, co);
            }
            case ADDRESSEES -> java.util.Objects.requireNonNullElse(partiesOf(ctx, f, participants, recent), List.<String>of());
            case SUBJECT_OR_PARTICIPANTS -> java.util.Objects.requireNonNullElse(partiesOf(ctx, f, participants, recent), participants);
        };
        if (ps == null) return List.of();
        Segment seg = f.parsed().segment();
        String speaker = ctx.speakers.of(seg, f.trigger());
        if (speaker == null && f.rule().parties() == FrameRule.PartySource.ADDRESSEES) speaker = ctx.speakers.near(seg, f.trigger(), -1);
        List<Mention> documents = agreement ? ctx.mentionsOverlapping(object.span()).stream()
                .filter(m -> m.type() == EntityType.DOCUMENT).toList() : List.of();
        if (agreement && documents.isEmpty() && !object.text().strip().contains(" ")) return List.of();
        List<Relation> out = new ArrayList<>();
        if (documents.size() == 1 && object.span().contains(documents.get(0).span())) {
            Mention d = documents.get(0);
            String[] datePlace = ctx.datePlaces.of(seg, object.span());
            return List.of(new Relation(null, f.rule().type(), action(f, object, d), f.rule().modality(), ps, object.text(), d.id(),
                    datePlace[0], datePlace[1], speaker, seg.span(), f.rule().confidence(), f.rule().id()));
        }
        if (!documents.isEmpty()) {
            for (Mention d : documents) {
                String[] datePlace = ctx.datePlaces.of(seg, d.span());
                out.add(new Relation(null, f.rule().type(), action(f, object, d), f.rule().modality(), ps, d.text(), d.id(),
                        datePlace[0], datePlace[1], speaker, seg.span(), f.rule().confidence(), f.rule().id()));
            }
            return out;
        }
        if (agreement && isPassiveSubject(f)) {
            List<Relation> topics = byTopic(ctx, f, object, ps, speaker);
            if (!topics.isEmpty()) return topics;
        }
        List<ObjectPhrase> amounts = amountConjuncts(ctx, f);
        if (!amounts.isEmpty()) {
            for (ObjectPhrase a : amounts) {
                Mention money = ctx.mentionsIn(a.span()).stream().filter(m -> m.type() == EntityType.MONEY).findFirst().orElseThrow();
                String[] datePlace = ctx.datePlaces.of(seg, a.span());
                out.add(new Relation(null, f.rule().type(), action(f, object, null), f.rule().modality(), ps, a.text(), money.id(),
                        datePlace[0], datePlace[1], speaker, seg.span(), f.rule().confidence(), f.rule().id()));
            }
            return out;
        }
        Mention entity = null;
        for (Mention m : ctx.mentionsIn(object.span())) {
            if (OBJECT_TYPES.contains(m.type())) { entity = m; break; }
        }
        String[] datePlace = ctx.datePlaces.of(seg, object.span());
        out.add(new Relation(null, f.rule().type(), action(f, object, null), f.rule().modality(), ps, object.text(),
                entity == null ? null : entity.id(), datePlace[0], datePlace[1], speaker, seg.span(), f.rule().confidence(), f.rule().id()));
        return out;
    }

    /**
     * Coordinated noun objects of a verb object that each carry their own amount ("provide | a 2 billion yuan
     * grant and a 10 billion yuan loan"): one phrase per conjunct, each holding a MONEY mention; empty when the
     * object is not such a coordination (coordinated objects without amounts stay one outcome: "promote peace,
     * security and prosperity").
     */
    private List<ObjectPhrase> amountConjuncts(Context ctx, Frame f) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord verb = g.getNodeByIndexSafe(f.object() + 1);
        if (verb == null || verb.tag() == null || !verb.tag().startsWith("VB")) return List.of();
        IndexedWord first = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) if (e.getRelation().toString().equals("obj")) first = e.getDependent();
        if (first == null) return List.of();
        List<IndexedWord> heads = new ArrayList<>(List.of(first));
        for (SemanticGraphEdge e : g.outgoingEdgeList(first)) if (e.getRelation().getShortName().equals("conj")) heads.add(e.getDependent());
        if (heads.size() < 2) return List.of();
        List<ObjectPhrase> out = new ArrayList<>();
        for (IndexedWord h : heads) {
            ObjectPhrase np = ObjectPhrase.read(ctx.doc, f.parsed(), h.index() - 1, -1, attachedPrepositions, conditionMarks);
            if (np == null || ctx.mentionsIn(np.span()).stream().noneMatch(m -> m.type() == EntityType.MONEY)) return List.of();
            out.add(np);
        }
        return out;
    }

    /** Whether the frame's object is the passive subject of its trigger ("statements were signed …"). */
    private static boolean isPassiveSubject(Frame f) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord trigger = g.getNodeByIndexSafe(f.trigger() + 1);
        IndexedWord object = g.getNodeByIndexSafe(f.object() + 1);
        if (trigger == null || object == null || trigger.equals(object)) return false;
        SemanticGraphEdge e = g.getEdge(trigger, object);
        return e != null && e.getRelation().toString().equals("nsubj:pass");
    }

    /**
     * A passive agreement whose topic follows the verb ("joint statements were signed on cooperation in X, as
     * well as on measures against Y"): one record per topic phrase, its object the subject with the phrase.
     * Topic phrases start with a preposition of {@code lexicons/object-prepositions.txt}.
     */
    private List<Relation> byTopic(Context ctx, Frame f, ObjectPhrase subject, List<String> ps, String speaker) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord trigger = g.getNodeByIndexSafe(f.trigger() + 1);
        Segment seg = f.parsed().segment();
        List<Token> toks = seg.tokens();
        List<IndexedWord> topics = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            if (!e.getRelation().getShortName().equals("obl")) continue;
            IndexedWord head = e.getDependent();
            if (ObjectPhrase.isDateOrPlace(g, head)) continue; // "… were signed on Monday", "… in Lima": the act's date and place, not its topic
            int[] r = subtree(g, head);
            if (r[0] <= f.trigger() || !attachedPrepositions.contains(toks.get(r[0]).word().toLowerCase(Locale.ROOT))) continue;
            boolean between = toks.get(r[0]).word().equalsIgnoreCase("between");
            topics.add(head);
            if (between) continue; // "between A and B" is one phrase, its conjuncts the parties
            for (SemanticGraphEdge c : g.outgoingEdgeList(head)) {
                if (c.getRelation().getShortName().equals("conj")) topics.add(c.getDependent());
            }
        }
        List<Relation> out = new ArrayList<>();
        for (IndexedWord t : topics) {
            int[] r = toks.get(subtree(g, t)[0]).word().equalsIgnoreCase("between") ? subtree(g, t) : phrase(g, t);
            int from = r[0];
            while (from > 0 && attachedPrepositions.contains(toks.get(from - 1).word().toLowerCase(Locale.ROOT))) from--;
            if (from < r[0] || attachedPrepositions.contains(toks.get(from).word().toLowerCase(Locale.ROOT))) {
                String topic = ctx.doc.cover(new org.summitoutcomes.model.Span(toks.get(from).span().start(), toks.get(r[1]).span().end()));
                String[] datePlace = ctx.datePlaces.of(seg, subject.span());
                out.add(new Relation(null, f.rule().type(), action(f, subject, null), f.rule().modality(), ps, subject.text() + " " + topic,
                        null, datePlace[0], datePlace[1], speaker, seg.span(), f.rule().confidence(), f.rule().id()));
            }
        }
        return out;
    }

    /** The token range {min, max} of a phrase without its conjuncts, relative clauses and its own adverbs. */
    private static int[] phrase(SemanticGraph g, IndexedWord node) {
        return Subtrees.range(g, node, (start, e) -> {
            String rel = e.getRelation().getShortName();
            if (rel.equals("conj") || rel.equals("cc") || rel.equals("punct") || rel.equals("acl:relcl") || rel.equals("parataxis")) return false;
            return !(e.getGovernor().equals(start) && rel.equals("advmod"));
        });
    }

    private String action(Frame f, ObjectPhrase object, Mention document) {
        String a = f.rule().action();
        if (a.equals(FrameRule.LEMMA)) return object.action() != null ? object.action() : lemma(f);
        if (a.equals(FrameRule.DOCUMENT)) return document == null ? "sign" : documentKinds.kindOf(document.normalized(), "sign");
        return a;
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (a == null) return b.isEmpty() ? null : b;
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** An object that only points back at an outcome already named ("such an agreement", "this document", "them"). */
    private boolean refersBack(Frame f) {
        IndexedWord head = f.parsed().basic().getNodeByIndexSafe(f.object() + 1);
        if (head == null) return true;
        if ("PRP".equals(head.tag())) return true;
        for (SemanticGraphEdge e : f.parsed().basic().outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("det") || rel.equals("amod")) && referring.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Parties a commitment's verb names as acting jointly with its subject ("together with the Uzbek President,
     * he will …"): a "with" phrase introduced by a co-party phrase of {@code lexicons/co-party-phrases.txt}.
     */
    private List<String> jointParties(Context ctx, Frame f) {
        SemanticGraph g = f.parsed().basic();
        java.util.Set<String> out = new java.util.TreeSet<>();
        List<Token> toks = f.parsed().segment().tokens();
        for (int head : new int[] {f.trigger(), f.object()}) {
            IndexedWord w = g.getNodeByIndexSafe(head + 1);
            if (w == null) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if (!e.getRelation().getShortName().equals("obl")) continue;
                int[] r = subtree(g, e.getDependent());
                if (!parties.coPhraseBefore(toks, r[0])) continue;
                List<String> ps = partiesOf(ctx, f, e.getDependent().index() - 1, List.of(), List.of());
                if (ps != null) out.addAll(ps);
            }
        }
        return List.copyOf(out);
    }

    /** Parties an agreement's trigger names with "with", "between" or "by" ("signed a memorandum with Japan"). */
    private List<String> coParties(Context ctx, Frame f) {
        SemanticGraph g = f.parsed().enhanced();
        IndexedWord trigger = g.getNodeByIndexSafe(f.trigger() + 1);
        if (trigger == null) return List.of();
        java.util.Set<String> out = new java.util.TreeSet<>();
        List<SemanticGraphEdge> edges = new ArrayList<>(g.outgoingEdgeList(trigger));
        IndexedWord objectHead = g.getNodeByIndexSafe(f.object() + 1);
        if (objectHead != null) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(objectHead)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nmod:with") || rel.equals("nmod:between")) edges.add(e);
            }
        }
        for (SemanticGraphEdge e : edges) {
            String rel = e.getRelation().toString();
            if (!(rel.equals("obl:with") || rel.equals("obl:between") || rel.equals("obl:agent") || rel.equals("nmod:with")
                    || rel.equals("nmod:between"))) continue;
            if (e.getDependent().index() > f.parsed().segment().tokens().size()) continue;
            List<String> ps = partiesOf(ctx, f, e.getDependent().index() - 1, List.of(), List.of());
            if (ps == null && (rel.equals("obl:agent"))) {
                String lemma = e.getDependent().lemma() == null ? "" : e.getDependent().lemma().toLowerCase(Locale.ROOT);
                if (participantNouns.contains(lemma)) ps = ctx.contextParties();
            }
            if (ps != null) out.addAll(ps);
        }
        return List.copyOf(out);
    }

    private static String lemma(Frame f) {
        var t = f.parsed().segment().tokens().get(f.trigger());
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The parties the party node names; null when it names none and stands for nobody resolvable. */
    private List<String> partiesOf(Context ctx, Frame f, List<String> participants, List<String> recent) {
        if (f.party() >= 0) return partiesOf(ctx, f, f.party(), participants, recent);
        List<Integer> subjects = subjects(f);
        if (subjects.isEmpty()) return null;
        java.util.Set<String> all = new java.util.TreeSet<>();
        boolean any = false;
        for (int s : subjects) {
            List<String> ps = partiesOf(ctx, f, s, participants, recent);
            if (ps == null) continue;
            any = true;
            all.addAll(ps);
        }
        return any ? List.copyOf(all) : null;
    }

    /**
     * The subjects of the trigger in the enhanced graph (propagated subjects included), else those of the word
     * it complements, modifies or is conjoined to ("China stands ready to …", "remain committed to …", "agreed
     * to cooperate by signing …"), up to three heads up.
     */
    private static List<Integer> subjects(Frame f) {
        SemanticGraph g = f.parsed().enhanced();
        IndexedWord node = g.getNodeByIndexSafe(f.trigger() + 1);
        for (int depth = 0; node != null && depth <= 3; depth++) {
            List<Integer> out = new java.util.ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && e.getDependent().index() <= f.parsed().segment().tokens().size()) {
                    out.add(e.getDependent().index() - 1);
                }
            }
            if (!out.isEmpty()) return out;
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().getShortName();
                if (rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") || rel.equals("obj")) { up = e.getGovernor(); break; }
            }
            node = up;
        }
        return List.of();
    }

    private List<String> partiesOf(Context ctx, Frame f, int partyIndex, List<String> participants, List<String> recent) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord head = g.getNodeByIndexSafe(partyIndex + 1);
        if (head == null) return null;
        int[] range = subtree(g, head);
        Segment seg = f.parsed().segment();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
            if ((rel.equals("det") || rel.equals("amod")) && indefinite.contains(dep)) return null;
        }
        String w = head.word().toLowerCase(Locale.ROOT);
        String lemma = head.lemma() == null ? w : head.lemma().toLowerCase(Locale.ROOT);
        boolean partyHead = isParticipantNoun(lemma) || isParticipantNoun(w) || isPartyMention(ctx, seg, partyIndex);
        List<String> named = partyHead ? parties.resolve(ctx, seg, range[0], range[1] + 1) : List.of();
        if (!named.isEmpty()) return named;
        switch (w) {
            case "we", "us", "our" -> { return participants; }
            case "they", "them" -> {
                List<String> governing = governingSubject(ctx, f, head);
                return governing != null ? governing : !recent.isEmpty() ? recent : participants;
            }
            case "it" -> {
                List<String> governing = governingSubject(ctx, f, head);
                if (governing != null || partyIndex > 0) return governing;
                Mention state = ctx.antecedent(seg, seg.tokens().get(partyIndex).span().start(), m -> m.type() == EntityType.COUNTRY
                        && m.normalized() != null && m.normalized().matches("[A-Z]{3}") || m.type() == EntityType.ORGANIZATION && parties.isBloc(m.normalized()));
                return state == null ? null : List.of(state.normalized()); // "It also pledged …": the state or bloc it stands for
            }
            case "he", "she" -> {
                Mention leader = ctx.antecedent(seg, seg.tokens().get(partyIndex).span().start(),
                        m -> m.type() == EntityType.LEADER && m.attributes().get("country") != null);
                return leader == null ? null : List.of(leader.attributes().get("country"));
            }
            default -> { }
        }
        return isParticipantNoun(lemma) || isParticipantNoun(w) ? participants : null;
    }

    /**
     * Whether a token is part of a state, leader, organization, person or place mention (a phrase headed by a thing
     * is no party; a person's phrase may name the state: "Iraq's Prime Minister X"; a capital may act for its state).
     */
    private static boolean isPartyMention(Context ctx, Segment seg, int token) {
        Mention m = ctx.mentionAtToken(seg, token);
        return m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.LEADER || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.PERSON || m.type() == EntityType.LOCATION);
    }

    /** A participant noun, also in the plural the tagger left as it is ("Member States"). */
    private boolean isParticipantNoun(String w) {
        return participantNouns.contains(w) || w.endsWith("s") && participantNouns.contains(w.substring(0, w.length() - 1));
    }

    /** "Canada said it would …": the parties of the subject of the verb that governs the pronoun's clause. */
    private List<String> governingSubject(Context ctx, Frame f, IndexedWord pronoun) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord clause = g.getParent(pronoun);
        IndexedWord gov = clause == null ? null : g.getParent(clause);
        if (gov == null) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
            if (!e.getRelation().toString().startsWith("nsubj")) continue;
            int[] r = subtree(g, e.getDependent());
            List<String> ps = parties.resolve(ctx, f.parsed().segment(), r[0], r[1] + 1);
            if (!ps.isEmpty()) return ps;
        }
        return null;
    }

    /** The token range {min, max} (0-based, inclusive) of a node's subtree, relative clauses left out. */
    private static int[] subtree(SemanticGraph g, IndexedWord node) {
        return Subtrees.range(g, node, (start, e) -> {
            String rel = e.getRelation().toString();
            return !(rel.equals("acl:relcl") || rel.equals("parataxis") || rel.equals("punct"));
        });
    }
}
