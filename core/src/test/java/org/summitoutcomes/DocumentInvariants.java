package org.summitoutcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/** Invariants every document must satisfy after any stage; every stage test calls {@link #check}. */
public final class DocumentInvariants {
    private DocumentInvariants() {}

    public static void check(Document d) {
        int len = d.text().length();
        Span previous = null;
        for (Segment s : d.segments()) {
            inRange(d, s.span(), "segment " + s.index());
            if (previous != null) {
                assertTrue(previous.end() <= s.span().start(),
                        () -> d.id() + ": segments overlap or are out of order at " + s.span());
            }
            previous = s.span();
            for (Token t : s.tokens()) {
                inRange(d, t.span(), "token");
                assertTrue(s.span().contains(t.span()), () -> d.id() + ": token " + t.word() + " outside its segment");
                assertEquals(t.word(), d.cover(t.span()), () -> d.id() + ": token text differs from text at " + t.span());
            }
            for (Span ex : d.excluded()) {
                assertTrue(!ex.overlaps(s.span()), () -> d.id() + ": segment " + s.span() + " overlaps excluded " + ex);
            }
        }
        Set<String> ids = new HashSet<>();
        Mention prev = null;
        for (Mention m : d.mentions()) {
            inRange(d, m.span(), "mention " + m.id());
            assertEquals(m.text(), d.cover(m.span()), () -> d.id() + ": mention " + m.id() + " text differs from text[start:end]");
            assertNotNull(m.normalized(), () -> d.id() + ": mention " + m.id() + " has no normalized value");
            assertTrue(ids.add(m.id()), () -> d.id() + ": duplicate entity id " + m.id());
            if (prev != null) {
                Mention p = prev;
                assertTrue(p.span().end() <= m.span().start(), () -> d.id() + ": mentions overlap: " + p + " / " + m);
            }
            prev = m;
        }
        Set<String> rids = new HashSet<>();
        for (Relation r : d.relations()) {
            inRange(d, r.evidence(), "relation " + r.id());
            assertTrue(rids.add(r.id()), () -> d.id() + ": duplicate relation id " + r.id());
            if (r.objectEntity() != null) {
                assertTrue(ids.contains(r.objectEntity()), () -> d.id() + ": relation " + r.id() + " names missing entity " + r.objectEntity());
            }
            for (String p : r.parties()) assertTrue(p.matches("[A-Z]{2,6}"), () -> d.id() + ": party " + p);
        }
        assertTrue(len >= 0);
    }

    private static void inRange(Document d, Span s, String what) {
        assertTrue(s.start() >= 0 && s.start() < s.end() && s.end() <= d.text().length(),
                () -> d.id() + ": " + what + " span " + s + " outside 0.." + d.text().length());
    }
}
