package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The action a document's kind takes, from a small hand-made lexicon. */
@Tag("unit")
class DocumentKindsTest {
    private static final DocumentKinds KINDS = new DocumentKinds(List.of(new String[] {"treaty", "sign"}, new String[] {"declaration", "adopt"}));

    @Test
    void theFirstKindWordDecides() {
        assertEquals("adopt", KINDS.kindOf("Lima Declaration", "sign"));
        assertEquals("sign", KINDS.kindOf("Treaty on Friendship and the Declaration of Intent", "x"));
        assertEquals("x", KINDS.kindOf("Joint Communique", "x"));
        assertEquals("x", KINDS.kindOf(null, "x"));
    }
}
