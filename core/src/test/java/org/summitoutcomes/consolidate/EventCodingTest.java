package org.summitoutcomes.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class EventCodingTest {
    @Test
    void freeLemmasMapOntoTheClosedList() {
        ActionClasses a = ActionClasses.standard();
        assertEquals("sign", a.classify("conclude", "a treaty"));
        assertEquals("establish", a.classify("set up", "a joint laboratory"));
        assertEquals("aid", a.classify("provide", "loans"));
        assertEquals("visit", a.classify("pay", "a state visit to Hanoi"));
        assertEquals("aid", a.classify("pay", "the full cost"));
        assertEquals("request", a.classify("Call For", "restraint"));
        assertEquals(ActionClasses.OTHER, a.classify("frobnicate", "x"));
        assertEquals(ActionClasses.OTHER, a.classify(null, "x"));
    }

    @Test
    void everyClosedActionOfEveryTypeHasCodes() {
        EventCodes codes = EventCodes.standard();
        for (String action : ActionClasses.standard().values()) {
            for (String type : List.of("AGREEMENT", "COMMITMENT")) {
                for (String modality : new String[] {null, "decided", "pledged", "planned", "proposed"}) {
                    EventCodes.Code c = codes.code(type, action, modality);
                    assertEquals(true, c.cameo().matches("\\d{3,4}"), type + " " + action + " " + modality + ": " + c);
                }
            }
        }
    }

    @Test
    void codesFollowTheTable() {
        EventCodes codes = EventCodes.standard();
        assertEquals(new EventCodes.Code("AGREE", "formal", "057"), codes.code("AGREEMENT", "sign", null));
        assertEquals(new EventCodes.Code("AID", "economic", "071"), codes.code("COMMITMENT", "aid", "pledged"));
        assertEquals(new EventCodes.Code("AID", "economic", "0331"), codes.code("COMMITMENT", "aid", "proposed"));
        assertEquals(new EventCodes.Code("COOPERATE", "institutional", "031"), codes.code("COMMITMENT", "establish", "decided"));
        assertEquals(new EventCodes.Code("CONSULT", "meet", "036"), codes.code("COMMITMENT", "meet", "decided"));
        assertEquals(new EventCodes.Code("REQUEST", "cooperate", "020"), codes.code("COMMITMENT", "request", "proposed"));
    }

    @Test
    void aTableWithoutCatchAllRowsFailsWithTheRecord() {
        EventCodes one = new EventCodes(List.<String[]>of(new String[] {"AGREEMENT", "sign", "*", "AGREE", "-", "057", "sign"}));
        assertEquals(new EventCodes.Code("AGREE", null, "057"), one.code("AGREEMENT", "sign", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.code("COMMITMENT", "aid", "pledged"));
        assertEquals("no event code for COMMITMENT aid pledged", e.getMessage());
    }
}
