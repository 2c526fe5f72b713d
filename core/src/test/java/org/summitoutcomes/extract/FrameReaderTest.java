package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.rules.FrameRule;

/**
 * Argument reading and party resolution of frames ({@link FrameReader} with {@link Parties}) on articles and
 * graphs built by hand (no parser, no CoreNLP model), with the bundled word lists and group lexicon. Every
 * article opens with "Chile and Peru held talks.", so its participants are CHL and PER.
 */
@Tag("unit")
class FrameReaderTest {
    private static final Lexicons LEX = Lexicons.standard();
    private static final Parties PARTIES = new Parties(LEX);
    private static final FrameReader READER = new FrameReader(PARTIES, LEX.words("lexicons/participant-nouns.txt"),
            LEX.words("lexicons/indefinite-determiners.txt"), LEX.words("lexicons/referring-determiners.txt"),
            LEX.table("lexicons/document-actions.tsv", DocumentKinds::new), LEX.words("lexicons/object-prepositions.txt"),
            LEX.lines("lexicons/amount-links.txt"), LEX.words("lexicons/condition-marks.txt"));

    private static final FrameRule PLEDGE = HandBuilt.rule("com-pledge-to | COMMITMENT | lemma | pledged | node | "
            + "{lemma:pledge;tag:/VB.*/}=trigger >xcomp {tag:/VB.*/}=object");
    private static final FrameRule AGREE_TO = HandBuilt.rule("agr-agree-to | AGREEMENT | agree | - | node | "
            + "{lemma:agree;tag:/VBD|VBZ|VBP|VBN|VBG/}=trigger >xcomp {tag:/VB.*/}=object");
    private static final FrameRule SIGN = HandBuilt.rule("agr-sign | AGREEMENT | sign | - | node | "
            + "{lemma:sign;tag:/VBD|VBZ|VBP|VBN|VBG/}=trigger >obj {tag:/NN.*|CD|PRP/}=object");
    private static final FrameRule SIGN_PASSIVE = HandBuilt.rule("agr-sign-passive | AGREEMENT | sign | - | participants | "
            + "{lemma:sign;tag:VBN}=trigger >/nsubj:pass/ {tag:/NN.*|CD/}=object");
    private static final FrameRule FUTURE = HandBuilt.rule("com-future | COMMITMENT | lemma | pledged | node | "
            + "{tag:/VB|VBP/}=object >aux {lemma:will} >/nsubj/ {}=party");
    private static final FrameRule SIGN_DOCUMENT = HandBuilt.rule("agr-sign-document | AGREEMENT | document | - | node | "
            + "{lemma:sign;tag:/VBD|VBZ|VBP|VBN|VBG/}=trigger >obj {tag:/NN.*|CD|PRP/}=object");
    private static final FrameRule ANNOUNCE = HandBuilt.rule("com-announce | COMMITMENT | lemma | decided | node | "
            + "{lemma:announce;tag:/VBD|VBZ|VBP|VBN/}=trigger >obj {}=object");
    private static final FrameRule PLEDGE_AMOUNT = HandBuilt.rule("com-pledge-amount | COMMITMENT | pledge | pledged | node | "
            + "{lemma:pledge;tag:/VBD|VBZ|VBP|VBN|VBG/}=trigger >obj {}=object");
    private static final FrameRule URGE = HandBuilt.rule("com-urge | COMMITMENT | lemma | proposed | addressees | "
            + "{lemma:urge;tag:/VB.*/}=trigger >obj {}=party >xcomp {tag:/VB.*/}=object");

    private static final String PLEDGED_TO_BUILD_A_PORT = " pledged/VBD/pledge to/TO/to build/VB/build a/DT/a port/NN/port ././.";

    /** An article whose lead names Chile and Peru (its participants). */
    private static HandBuilt article() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        a.sentence("Chile/NNP/Chile and/CC/and Peru/NNP/Peru held/VBD/hold talks/NNS/talk ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Peru", EntityType.COUNTRY, "PER");
        return a;
    }

    /**
     * The graph of "SUBJECT pledged to build a port." whose subject is {@code n} tokens, its head the last;
     * {@code subjectEdges} join the subject's other tokens to it.
     */
    private static ParsedSegment pledged(HandBuilt a, int segment, int n, String... subjectEdges) {
        int v = n + 1;
        List<String> basic = new ArrayList<>(List.of("nsubj " + v + " " + n, "xcomp " + v + " " + (n + 3), "mark " + (n + 3) + " " + (n + 2),
                "obj " + (n + 3) + " " + (n + 5), "det " + (n + 5) + " " + (n + 4), "punct " + v + " " + (n + 6)));
        basic.addAll(List.of(subjectEdges));
        return a.parse(segment, basic, List.of("nsubj:xsubj " + (n + 3) + " " + n));
    }

    /** The records of the one frame {@code rule} finds in {@code p}; the article's participants known, as the stage does. */
    private static List<Relation> read(HandBuilt a, ParsedSegment p, FrameRule rule, List<String> recent) {
        Context base = new Context(a.doc(), LEX);
        Context ctx = base.withParticipants(Participants.of(base, PARTIES));
        List<Frame> frames = new FrameFinder(List.of(rule), Set.of()).find(p);
        assertEquals(1, frames.size(), frames::toString);
        return READER.read(ctx, frames.get(0), ctx.contextParties(), recent);
    }

    private static List<Relation> read(HandBuilt a, ParsedSegment p, FrameRule rule) { return read(a, p, rule, List.of()); }

    private static Relation only(List<Relation> rs) {
        assertEquals(1, rs.size(), rs::toString);
        return rs.get(0);
    }

    /** The parties of the one record of "SUBJECT pledged to build a port.", the subject's mentions made by {@code tag}. */
    private static List<String> partiesOfPledge(String subject, java.util.function.Consumer<HandBuilt> tag, String... subjectEdges) {
        HandBuilt a = article();
        int s = a.paragraph(subject + PLEDGED_TO_BUILD_A_PORT);
        tag.accept(a);
        return only(read(a, pledged(a, s, subject.split(" ").length, subjectEdges), PLEDGE)).parties();
    }

    @Test
    void aStateSubjectGivesItsCodeAndTheRecordItsObjectActionAndModality() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile" + PLEDGED_TO_BUILD_A_PORT);
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        Relation r = only(read(a, pledged(a, s, 1), PLEDGE));
        assertEquals(RelationType.COMMITMENT, r.type());
        assertEquals(List.of("CHL"), r.parties());
        assertEquals("build a port", r.object());
        assertEquals("build", r.action());
        assertEquals(Modality.PLEDGED, r.modality());
        assertEquals("com-pledge-to", r.rule());
        assertEquals("Chile pledged to build a port.", a.doc().cover(r.evidence()));
        assertNull(r.date(), "the sentence states no date");
        assertNull(r.speaker());
    }

    @Test
    void aLeaderStandsForTheirState() {
        assertEquals(List.of("CHL"), partiesOfPledge("Boric/NNP/Boric",
                a -> a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL", "role=president")));
    }

    @Test
    void aDemonymSideIsItsStateNotTheParticipants() {
        assertEquals(List.of("CHL"), partiesOfPledge("The/DT/the Chilean/JJ/chilean side/NN/side",
                a -> a.mention("Chilean", EntityType.COUNTRY, "CHL"), "det 3 1", "amod 3 2"));
    }

    @Test
    void aGroupWithFixedMembersIsExpanded() {
        assertEquals(List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"), partiesOfPledge(
                "The/DT/the five/CD/five Central/NNP/Central Asian/JJ/asian countries/NNS/country", a -> { }, "det 5 1", "nummod 5 2",
                "amod 5 4", "compound 4 3"));
    }

    @Test
    void aBlocActingAsOneIsItsAcronym() {
        assertEquals(List.of("EU"), partiesOfPledge("The/DT/the EU/NNP/EU", a -> a.mention("EU", EntityType.ORGANIZATION, "EU"), "det 2 1"));
    }

    @Test
    void bothSidesAndTheTwoLeadersAreTheArticlesParticipants() {
        assertEquals(List.of("CHL", "PER"), partiesOfPledge("Both/DT/both sides/NNS/side", a -> { }, "det 2 1"));
        assertEquals(List.of("CHL", "PER"), partiesOfPledge("The/DT/the two/CD/two leaders/NNS/leader", a -> { }, "det 3 1", "nummod 3 2"));
        assertEquals(List.of("CHL", "PER"), partiesOfPledge("We/PRP/we", a -> { }));
    }

    @Test
    void anAgreementOfBothSidesIsTheParticipants() {
        HandBuilt a = article();
        int s = a.paragraph("Both/DT/both sides/NNS/side agreed/VBD/agree to/TO/to build/VB/build a/DT/a port/NN/port ././.");
        Relation r = only(read(a, pledged(a, s, 2, "det 2 1"), AGREE_TO));
        assertEquals(RelationType.AGREEMENT, r.type());
        assertEquals("agree", r.action());
        assertEquals(List.of("CHL", "PER"), r.parties());
    }

    @Test
    void heOrSheIsTheEarlierSentencesSubjectLeadersState() {
        HandBuilt a = article();
        a.paragraph("Boric/NNP/Boric met/VBD/meet Boluarte/NNP/Boluarte ././.");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL");
        a.mention("Boluarte", EntityType.LEADER, "Dina Boluarte", "country=PER");
        int s = a.sentence("He/PRP/he" + PLEDGED_TO_BUILD_A_PORT);
        assertEquals(List.of("CHL"), only(read(a, pledged(a, s, 1), PLEDGE)).parties(), "subject preference: the earlier sentence's first leader");
    }

    @Test
    void theyAreTheLastRecordsPartiesElseTheParticipants() {
        HandBuilt a = article();
        int s = a.paragraph("They/PRP/they" + PLEDGED_TO_BUILD_A_PORT);
        ParsedSegment p = pledged(a, s, 1);
        assertEquals(List.of("BOL", "ECU"), only(read(a, p, PLEDGE, List.of("BOL", "ECU"))).parties());
        assertEquals(List.of("CHL", "PER"), only(read(a, p, PLEDGE, List.of())).parties());
    }

    @Test
    void itIsTheSubjectOfTheClauseThatGovernsIt() {
        HandBuilt a = article();
        int s = a.paragraph("Peru/NNP/Peru said/VBD/say it/PRP/it will/MD/will build/VB/build a/DT/a port/NN/port ././.");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "obj 5 7", "det 7 6", "punct 2 8");
        Relation r = only(read(a, p, FUTURE));
        assertEquals(List.of("PER"), r.parties());
        assertEquals("build a port", r.object());
    }

    @Test
    void anUnresolvableSubjectGivesNoRecordNeverAGuess() {
        HandBuilt a = article();
        int company = a.paragraph("Gazprom/NNP/Gazprom" + PLEDGED_TO_BUILD_A_PORT);
        a.mention("Gazprom", EntityType.ORGANIZATION, "Gazprom");
        assertEquals(List.of(), read(a, pledged(a, company, 1), PLEDGE), "an organization that is no bloc");
        int analysts = a.paragraph("Analysts/NNS/analyst" + PLEDGED_TO_BUILD_A_PORT);
        assertEquals(List.of(), read(a, pledged(a, analysts, 1), PLEDGE), "a noun that names no party");
        int some = a.paragraph("Some/DT/some countries/NNS/country" + PLEDGED_TO_BUILD_A_PORT);
        assertEquals(List.of(), read(a, pledged(a, some, 2, "det 2 1"), PLEDGE), "a participant noun made indefinite");
        int it = a.paragraph("It/PRP/it" + PLEDGED_TO_BUILD_A_PORT);
        assertEquals(List.of(), read(a, pledged(a, it, 1), PLEDGE), "'it' with no clause above it");
    }

    @Test
    void addresseesThatNameNobodyGiveEmptyParties() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile urged/VBD/urge investors/NNS/investor to/TO/to build/VB/build a/DT/a port/NN/port ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        List<String> edges = List.of("nsubj 2 1", "obj 2 3", "xcomp 2 5", "mark 5 4", "obj 5 7", "det 7 6", "punct 2 8");
        Relation r = only(read(a, a.parse(s, edges.toArray(String[]::new)), URGE));
        assertEquals(List.of(), r.parties(), "the urging state is not the party; investors are no state");
        assertEquals(Modality.PROPOSED, r.modality());
        int leader = a.paragraph("Boric/NNP/Boric urged/VBD/urge Peru/NNP/Peru to/TO/to build/VB/build a/DT/a port/NN/port ././.");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL").mention("Peru", EntityType.COUNTRY, "PER");
        Relation called = only(read(a, a.parse(leader, edges.toArray(String[]::new)), URGE));
        assertEquals(List.of("PER"), called.parties(), "the addressee");
        assertEquals("Gabriel Boric", called.speaker(), "the leader who calls on others");
    }

    @Test
    void anObjectNeverCutsAMentionInTwo() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile pledged/VBD/pledge AUD$/$/AUD$ 1/CD/1 million/CD/million ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("AUD$ 1 million", EntityType.MONEY, "AUD 1000000");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "dep 2 3", "obj 2 5", "nummod 5 4", "punct 2 6");
        Relation r = only(read(a, p, PLEDGE_AMOUNT));
        assertEquals("AUD$ 1 million", r.object(), "the parse ends the object inside the MONEY mention; it runs to the mention's edge");
    }

    /** "The Lima Treaty was signed [by Bolivia and Ecuador]." with a DOCUMENT mention over "Lima Treaty". */
    private static List<Relation> passiveSigning(boolean withAgent) {
        HandBuilt a = article();
        int s = a.paragraph("The/DT/the Lima/NNP/Lima Treaty/NNP/Treaty was/VBD/be signed/VBN/sign"
                + (withAgent ? " by/IN/by Bolivia/NNP/Bolivia and/CC/and Ecuador/NNP/Ecuador" : "") + " ././.");
        a.mention("Lima Treaty", EntityType.DOCUMENT, "Lima Treaty");
        if (withAgent) a.mention("Bolivia", EntityType.COUNTRY, "BOL").mention("Ecuador", EntityType.COUNTRY, "ECU");
        List<String> basic = new ArrayList<>(List.of("det 3 1", "compound 3 2", "nsubj:pass 5 3", "aux:pass 5 4"));
        if (withAgent) basic.addAll(List.of("obl 5 7", "case 7 6", "cc 9 8", "conj 7 9", "punct 5 10"));
        else basic.add("punct 5 6");
        return read(a, a.parse(s, basic, withAgent ? List.of("obl:agent 5 7", "obl:agent 5 9") : List.of()), SIGN_PASSIVE);
    }

    @Test
    void aPassiveAgentGivesTheParties() {
        Relation r = only(passiveSigning(true));
        assertEquals(List.of("BOL", "ECU"), r.parties());
        assertEquals("Lima Treaty", r.object());
        assertEquals("sign", r.action());
        assertEquals("T3", r.objectEntity(), "the DOCUMENT mention (T1, T2: the lead's states)");
        assertEquals(List.of("CHL", "PER"), only(passiveSigning(false)).parties(), "no agent: the participants");
    }

    @Test
    void anAgreementAddsTheStatesItsVerbNamesWithWith() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile signed/VBD/sign a/DT/a trade/NN/trade deal/NN/deal with/IN/with Bolivia/NNP/Bolivia ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Bolivia", EntityType.COUNTRY, "BOL");
        ParsedSegment p = a.parse(s, List.of("nsubj 2 1", "obj 2 5", "det 5 3", "compound 5 4", "obl 2 7", "case 7 6", "punct 2 8"),
                List.of("obl:with 2 7"));
        Relation r = only(read(a, p, SIGN));
        assertEquals(List.of("BOL", "CHL"), r.parties());
        assertEquals("trade deal", r.object());
    }

    @Test
    void anAgreementWhoseObjectOnlyRefersBackGivesNoRecord() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile signed/VBD/sign such/JJ/such an/DT/an agreement/NN/agreement ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals(List.of(), read(a, a.parse(s, "nsubj 2 1", "obj 2 5", "amod 5 3", "det 5 4", "punct 2 6"), SIGN));
    }

    /** "[On Tuesday,] Chile pledged to cut emissions by 2035." */
    private static Relation cutEmissions(boolean dated) {
        HandBuilt a = article();
        String lead = dated ? "On/IN/on Tuesday/NNP/Tuesday ,/,/, " : "";
        int s = a.paragraph(lead + "Chile/NNP/Chile pledged/VBD/pledge to/TO/to cut/VB/cut emissions/NNS/emission by/IN/by 2035/CD/2035 ././.");
        if (dated) a.mention("Tuesday", EntityType.DATE, "2025-06-17");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("2035", EntityType.DATE, "2035");
        int o = dated ? 3 : 0; // token offset of "Chile"
        List<String> edges = new ArrayList<>(List.of("nsubj " + (o + 2) + " " + (o + 1), "xcomp " + (o + 2) + " " + (o + 4),
                "mark " + (o + 4) + " " + (o + 3), "obj " + (o + 4) + " " + (o + 5), "obl " + (o + 4) + " " + (o + 7),
                "case " + (o + 7) + " " + (o + 6), "punct " + (o + 2) + " " + (o + 8)));
        if (dated) edges.addAll(List.of("obl 5 2", "case 2 1", "punct 5 3"));
        return only(read(a, a.parse(s, edges.toArray(String[]::new)), PLEDGE));
    }

    @Test
    void aTargetYearInTheObjectIsNeverTheRecordsDate() {
        Relation r = cutEmissions(false);
        assertEquals("cut emissions by 2035", r.object());
        assertNull(r.date(), "2035 is the target, not when the pledge was made");
        assertEquals("2025-06-17", cutEmissions(true).date(), "the sentence's own date");
    }

    @Test
    void anAgreementOnOneBareWordThatNamesNoDocumentGivesNoRecord() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile signed/VBD/sign documents/NNS/document ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals(List.of(), read(a, a.parse(s, "nsubj 2 1", "obj 2 3", "punct 2 4"), SIGN));
    }

    @Test
    void aDocumentRuleTakesTheActionOfTheDocumentsKind() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile signed/VBD/sign the/DT/the Lima/NNP/Lima Declaration/NNP/Declaration ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Lima Declaration", EntityType.DOCUMENT, "Lima Declaration");
        Relation r = only(read(a, a.parse(s, "nsubj 2 1", "obj 2 5", "det 5 3", "compound 5 4", "punct 2 6"), SIGN_DOCUMENT));
        assertEquals("adopt", r.action(), "lexicons/document-actions.tsv: a declaration is adopted");
        assertEquals("Lima Declaration", r.object());
        assertEquals(List.of("CHL"), r.parties());
    }

    @Test
    void anAgreementWhoseObjectNamesDocumentsGivesOneRecordPerDocument() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile signed/VBD/sign a/DT/a package/NN/package of/IN/of the/DT/the Lima/NNP/Lima Treaty/NNP/Treaty "
                + "and/CC/and the/DT/the Quito/NNP/Quito Accord/NNP/Accord ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Lima Treaty", EntityType.DOCUMENT, "Lima Treaty")
                .mention("Quito Accord", EntityType.DOCUMENT, "Quito Accord");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "obj 2 4", "det 4 3", "nmod 4 8", "case 8 5", "det 8 6", "compound 8 7", "cc 12 9",
                "conj 8 12", "det 12 10", "compound 12 11", "punct 2 13");
        List<Relation> rs = read(a, p, SIGN);
        assertEquals(List.of("Lima Treaty", "Quito Accord"), rs.stream().map(Relation::object).toList());
        assertEquals(List.of("T4", "T5"), rs.stream().map(Relation::objectEntity).toList());
    }

    @Test
    void anObjectThatIsOnePronounNamesNoOutcome() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile announced/VBD/announce it/PRP/it ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals(List.of(), read(a, a.parse(s, "nsubj 2 1", "obj 2 3", "punct 2 4"), ANNOUNCE));
    }

    @Test
    void aNounObjectRunsOnThroughTheAmountItIsWorth() {
        HandBuilt a = article();
        int s = a.paragraph("Chile/NNP/Chile pledged/VBD/pledge technical/JJ/technical support/NN/support valued/VBN/value at/IN/at "
                + "USD/NNP/USD 5/CD/5 million/CD/million ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("USD 5 million", EntityType.MONEY, "USD 5000000");
        ParsedSegment p = a.parse(s, "nsubj 2 1", "obj 2 4", "amod 4 3", "advcl 2 5", "obl 5 7", "case 7 6", "nummod 7 9", "compound 9 8",
                "punct 2 10");
        Relation r = only(read(a, p, PLEDGE_AMOUNT));
        assertEquals("technical support valued at USD 5 million", r.object(), "the amount the parser hung on the verb");
        assertEquals("T4", r.objectEntity(), "the MONEY mention");
    }

    @Test
    void aCommitmentTogetherWithAnotherStateIsBoths() {
        HandBuilt a = article();
        int s = a.paragraph("Together/RB/together with/IN/with Bolivia/NNP/Bolivia ,/,/, Chile/NNP/Chile will/MD/will build/VB/build a/DT/a "
                + "port/NN/port ././.");
        a.mention("Bolivia", EntityType.COUNTRY, "BOL").mention("Chile", EntityType.COUNTRY, "CHL");
        ParsedSegment p = a.parse(s, "advmod 7 1", "case 3 2", "obl 7 3", "punct 7 4", "nsubj 7 5", "aux 7 6", "obj 7 9", "det 9 8", "punct 7 10");
        Relation r = only(read(a, p, FUTURE));
        assertEquals(List.of("BOL", "CHL"), r.parties());
        assertEquals("build a port", r.object());
    }

    @Test
    void aPassiveAgreementGivesOneRecordPerTopic() {
        HandBuilt a = article();
        int s = a.paragraph("Joint/JJ/joint statements/NNS/statement were/VBD/be signed/VBN/sign on/IN/on trade/NN/trade and/CC/and "
                + "on/IN/on energy/NN/energy ././.");
        ParsedSegment p = a.parse(s, "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "obl 4 6", "case 6 5", "cc 9 7", "conj 6 9", "case 9 8",
                "punct 4 10");
        List<Relation> rs = read(a, p, SIGN_PASSIVE);
        assertEquals(List.of("Joint statements on trade", "Joint statements on energy"), rs.stream().map(Relation::object).toList());
        for (Relation r : rs) assertEquals(List.of("CHL", "PER"), r.parties(), "no agent: the participants");
    }
}
