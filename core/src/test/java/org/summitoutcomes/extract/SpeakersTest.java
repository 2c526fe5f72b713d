package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Segment;

/** Who states an outcome ({@link Speakers}, with {@code lexicons/speech-verbs.txt}), on hand-built articles (no CoreNLP model). */
@Tag("unit")
class SpeakersTest {
    /** The speaker of the word {@code trigger} (0-based) of segment {@code segment}. */
    private static String speaker(HandBuilt a, int segment, int trigger) {
        Context ctx = new Context(a.doc(), Lexicons.standard());
        Segment s = ctx.doc.segments().get(segment);
        return ctx.speakers.of(s, trigger);
    }

    @Test
    void thePersonBeforeASpeechVerbBeforeTheTrigger() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Boric/NNP/Boric said/VBD/say that/IN/that Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port ././.");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL").mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals("Gabriel Boric", speaker(a, s, 5));
    }

    @Test
    void thePersonAfterASpeechVerbAfterTheTriggerOrAfterAccordingTo() {
        HandBuilt a = new HandBuilt();
        int said = a.sentence("Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port ,/,/, said/VBD/say Ana/NNP/Ana Ruiz/NNP/Ruiz ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Ana Ruiz", EntityType.PERSON, "Ana Ruiz");
        int according = a.sentence("Peru/NNP/Peru will/MD/will build/VB/build roads/NNS/road ,/,/, according/VBG/accord to/TO/to "
                + "Luis/NNP/Luis Soto/NNP/Soto ././.");
        a.mention("Peru", EntityType.COUNTRY, "PER").mention("Luis Soto", EntityType.PERSON, "Luis Soto");
        assertEquals("Ana Ruiz", speaker(a, said, 2));
        assertEquals("Luis Soto", speaker(a, according, 2));
    }

    @Test
    void heBeforeASpeechVerbIsTheLastLeaderOrPersonBeforeTheSentence() {
        HandBuilt a = new HandBuilt();
        a.sentence("Boric/NNP/Boric arrived/VBD/arrive ././.");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL");
        int s = a.sentence("He/PRP/he said/VBD/say Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals("Gabriel Boric", speaker(a, s, 4));
    }

    @Test
    void nobodyWhenTheTextAttributesItToNobody() {
        HandBuilt a = new HandBuilt();
        int plain = a.sentence("Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        int noun = a.sentence("Ana/NNP/Ana Ruiz/NNP/Ruiz 's/POS/'s note/NN/note :/:/: Peru/NNP/Peru will/MD/will build/VB/build roads/NNS/road ././.");
        a.mention("Ana Ruiz", EntityType.PERSON, "Ana Ruiz").mention("Peru", EntityType.COUNTRY, "PER");
        int state = a.sentence("Chile/NNP/Chile said/VBD/say Peru/NNP/Peru will/MD/will build/VB/build roads/NNS/road ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Peru", EntityType.COUNTRY, "PER");
        assertNull(speaker(a, plain, 2));
        assertNull(speaker(a, noun, 7), "'note' as a noun is no speech verb");
        assertNull(speaker(a, state, 4), "a state is no speaker");
    }

    @Test
    void theSpeakerStandsWithinEightTokensOfTheSpeechVerb() {
        HandBuilt a = new HandBuilt();
        int near = a.sentence("Ana/NNP/Ana Ruiz/NNP/Ruiz ,/,/, envoy/NN/envoy of/IN/of the/DT/the trade/NN/trade office/NN/office ,/,/, said/VBD/say "
                + "Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port ././.");
        a.mention("Ana Ruiz", EntityType.PERSON, "Ana Ruiz").mention("Chile", EntityType.COUNTRY, "CHL");
        int far = a.sentence("Luis/NNP/Luis Soto/NNP/Soto ,/,/, envoy/NN/envoy of/IN/of the/DT/the new/JJ/new trade/NN/trade office/NN/office ,/,/, "
                + "said/VBD/say Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port ././.");
        a.mention("Luis Soto", EntityType.PERSON, "Luis Soto").mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals("Ana Ruiz", speaker(a, near, 12), "'Ruiz' is the eighth token before 'said'");
        assertNull(speaker(a, far, 13), "the ninth is too far");
    }
}
