package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.rules.FrameRule;

/**
 * Frame finding on dependency graphs written by hand, with rules written for the test (no parser, no CoreNLP
 * model): each frame's rule and its trigger, party and object token indexes (0-based), written
 * {@code "rule trigger/party/object"}.
 */
@Tag("unit")
class FrameFinderTest {
    private static final FrameRule PLEDGE = HandBuilt.rule("com-pledge | COMMITMENT | lemma | pledged | node | "
            + "{lemma:pledge}=trigger >nsubj {}=party >xcomp {}=object");
    private static final FrameRule PROMISE = HandBuilt.rule("com-promise | COMMITMENT | lemma | pledged | node | "
            + "{tag:/VB.*/}=trigger >xcomp {}=object");
    private static final FrameRule WILL = HandBuilt.rule("com-will | COMMITMENT | lemma | pledged | node | "
            + "{tag:VB}=object >aux {lemma:will}=trigger >nsubj {}=party");
    private static final FrameRule WILL_NO_TRIGGER = HandBuilt.rule("com-will-bare | COMMITMENT | lemma | pledged | node | "
            + "{tag:VB}=object >aux {lemma:will} >nsubj {}=party");
    private static final FrameRule SAY = HandBuilt.rule("com-say | COMMITMENT | lemma | pledged | node | {lemma:say}=trigger >ccomp {}=object");
    private static final FrameRule DECIDE = HandBuilt.rule("com-decide | COMMITMENT | lemma | decided | node | "
            + "{lemma:decide}=trigger >xcomp {}=object");
    private static final FrameRule INVITE = HandBuilt.rule("com-invite | COMMITMENT | lemma | proposed | node | "
            + "{lemma:invite}=trigger >xcomp {}=object");
    private static final FrameRule AGREE = HandBuilt.rule("agr-agree | AGREEMENT | agree | - | node | {lemma:agree}=trigger >xcomp {}=object");
    private static final FrameRule SIGN = HandBuilt.rule("agr-sign | AGREEMENT | sign | - | node | {lemma:sign}=trigger >obj {}=object");
    private static final FrameRule REAFFIRM = HandBuilt.rule("com-reaffirm | COMMITMENT | lemma | pledged | node | "
            + "{lemma:reaffirm}=trigger >obj {}=object");
    private static final FrameRule COMMITMENT_OF = HandBuilt.rule("com-commitment-of | COMMITMENT | lemma | pledged | node | "
            + "{lemma:commitment}=trigger >/nmod:poss/ {}=party >acl {}=object");

    private static List<String> find(ParsedSegment p, Set<String> aspectVerbs, FrameRule... rules) {
        return new FrameFinder(List.of(rules), aspectVerbs).find(p).stream()
                .map(f -> f.rule().id() + " " + f.trigger() + "/" + f.party() + "/" + f.object()).toList();
    }

    private static List<String> find(ParsedSegment p, FrameRule... rules) { return find(p, Set.of("continue"), rules); }

    private static ParsedSegment chilePledgedToBuildAPort() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Chile/NNP/Chile pledged/VBD/pledge to/TO/to build/VB/build a/DT/a port/NN/port ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        return a.parse(s, "nsubj 2 1", "xcomp 2 4", "mark 4 3", "obj 4 6", "det 6 5", "punct 2 7");
    }

    @Test
    void aRuleMatchGivesTheTriggerPartyAndObjectIndexes() {
        assertEquals(List.of("com-pledge 1/0/3"), find(chilePledgedToBuildAPort(), PLEDGE));
    }

    @Test
    void whenRulesReadTheSameObjectTheFirstInFileOrderWins() {
        assertEquals(List.of("com-pledge 1/0/3"), find(chilePledgedToBuildAPort(), PLEDGE, PROMISE));
        assertEquals(List.of("com-promise 1/-1/3"), find(chilePledgedToBuildAPort(), PROMISE, PLEDGE));
    }

    /** "Peru will deepen trust, expand trade and launch a fund." */
    private static ParsedSegment threeConjoinedActions() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Peru/NNP/Peru will/MD/will deepen/VB/deepen trust/NN/trust ,/,/, expand/VB/expand trade/NN/trade "
                + "and/CC/and launch/VB/launch a/DT/a fund/NN/fund ././.");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        return a.parse(s, "nsubj 3 1", "aux 3 2", "obj 3 4", "punct 6 5", "conj 3 6", "obj 6 7", "cc 9 8", "conj 3 9", "det 11 10",
                "obj 9 11", "punct 3 12");
    }

    @Test
    void conjoinedObjectsGiveOneFrameEachWithTheMatchsTrigger() {
        assertEquals(List.of("com-will 1/0/2", "com-will 1/0/5", "com-will 1/0/8"), find(threeConjoinedActions(), WILL));
    }

    @Test
    void withoutATriggerNodeEachConjunctIsItsOwnTrigger() {
        assertEquals(List.of("com-will-bare 2/0/2", "com-will-bare 5/0/5", "com-will-bare 8/0/8"),
                find(threeConjoinedActions(), WILL_NO_TRIGGER));
    }

    @Test
    void bareVerbsThatShareOneObjectAreOneFrame() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Peru/NNP/Peru will/MD/will strengthen/VB/strengthen and/CC/and deepen/VB/deepen ties/NNS/tie ././.");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        List<String> base = List.of("nsubj 3 1", "aux 3 2", "conj 3 5", "cc 5 4", "punct 3 7");
        ParsedSegment objectUnderFirst = a.parse(s, concat(base, "obj 3 6").toArray(String[]::new));
        ParsedSegment objectUnderSecond = a.parse(s, concat(base, "obj 5 6").toArray(String[]::new));
        assertEquals(List.of("com-will 1/0/2"), find(objectUnderFirst, WILL), "the object parsed under the first verb");
        assertEquals(List.of("com-will 1/0/2"), find(objectUnderSecond, WILL), "the object parsed under the second verb");
    }

    /** "Chile said it will build a port and Peru will open a road.": the second clause has a subject of its own. */
    private static ParsedSegment twoClauses() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Chile/NNP/Chile said/VBD/say it/PRP/it will/MD/will build/VB/build a/DT/a port/NN/port and/CC/and "
                + "Peru/NNP/Peru will/MD/will open/VB/open a/DT/a road/NN/road ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        return a.parse(s, "nsubj 2 1", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "obj 5 7", "det 7 6", "cc 11 8", "conj 5 11", "nsubj 11 9",
                "aux 11 10", "obj 11 13", "det 13 12", "punct 2 14");
    }

    @Test
    void aConjoinedClauseWithItsOwnSubjectIsAFrameOnlyWhereARuleMatchesIt() {
        assertEquals(List.of("com-say 1/-1/4"), find(twoClauses(), SAY));
        assertEquals(List.of("com-say 1/-1/4", "com-will 9/8/10"), find(twoClauses(), SAY, WILL),
                "'build' is read by the first rule, 'open' by the one that matches its clause");
    }

    @Test
    void aFrameWhoseTriggerIsInsideAnotherFramesObjectIsNotDoubled() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Chile/NNP/Chile decided/VBD/decide to/TO/to invite/VB/invite Peru/NNP/Peru to/TO/to join/VB/join "
                + "the/DT/the forum/NN/forum ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "xcomp 2 4", "mark 4 3", "obj 4 5", "xcomp 4 7", "mark 7 6", "obj 7 9", "det 9 8", "punct 2 10");
        assertEquals(List.of("com-decide 1/-1/3"), find(p, DECIDE, INVITE), "the invitation is what was decided");
        assertEquals(List.of("com-invite 3/-1/6"), find(p, INVITE), "alone, the inner rule still finds its frame");
    }

    @Test
    void anAdverbialClauseUnderAnObjectIsAnOutcomeBesideIt() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Chile/NNP/Chile agreed/VBD/agree to/TO/to cooperate/VB/cooperate by/IN/by signing/VBG/sign a/DT/a deal/NN/deal ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "xcomp 2 4", "mark 4 3", "advcl 4 6", "mark 6 5", "obj 6 8", "det 8 7", "punct 2 9");
        assertEquals(List.of("agr-agree 1/-1/3", "agr-sign 5/-1/7"), find(p, SIGN, AGREE), "in object order, whatever the rule order");
    }

    @Test
    void aFrameThatNamesItsOwnPartyAtAnotherFramesObjectRefinesIt() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Chile/NNP/Chile reaffirmed/VBD/reaffirm Peru/NNP/Peru 's/POS/'s commitment/NN/commitment to/IN/to "
                + "expanding/VBG/expand trade/NN/trade ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "obj 2 5", "nmod:poss 5 3", "case 3 4", "acl 5 7", "mark 7 6", "obj 7 8", "punct 2 9");
        assertEquals(List.of("com-commitment-of 4/2/6"), find(p, REAFFIRM, COMMITMENT_OF), "Peru's commitment is the outcome, not Chile's reaffirming");
        assertEquals(List.of("com-reaffirm 1/-1/4"), find(p, REAFFIRM));
    }

    @Test
    void anAspectVerbGivesWayToItsComplementsOneFrameEach() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Peru/NNP/Peru will/MD/will continue/VB/continue to/TO/to deepen/VB/deepen trust/NN/trust and/CC/and "
                + "expand/VB/expand trade/NN/trade ././.");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        ParsedSegment p = a.parse(s, List.of("nsubj 3 1", "aux 3 2", "xcomp 3 5", "mark 5 4", "obj 5 6", "cc 8 7", "conj 5 8", "obj 8 9", "punct 3 10"),
                List.of("xcomp 3 8", "nsubj:xsubj 5 1", "nsubj:xsubj 8 1"));
        assertEquals(List.of("com-will 1/0/4", "com-will 1/0/7"), find(p, WILL));
        assertEquals(List.of("com-will 1/0/2"), find(p, Set.of(), WILL), "with no aspect verbs, the verb itself is the object");
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}
