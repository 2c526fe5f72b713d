package org.summitoutcomes.rules;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.lexicon.DataFile;
import org.summitoutcomes.lexicon.DataFileException;

/**
 * Reads a frame rule file ({@code rules/frames.semgrex}). A rule is a block of {@code key: value} lines
 * ended by its {@code pattern:} line; {@code # example:} and {@code # expect:} lines above it give the
 * sentence it is for and the record it must yield. Keys: {@code rule}, {@code type} (AGREEMENT, COMMITMENT),
 * {@code action} (a verb; {@code lemma}: the object verb's lemma; {@code document}: the kind of document), {@code modality} (decided, pledged,
 * planned, proposed, or {@code -}), {@code parties} (node, addressees, subject-or-participants, participants, none), {@code confidence} (0–1),
 * {@code pattern} (Semgrex). An expectation reads {@code TYPE | action | modality | PARTIES | object}.
 * The order of the rules is their precedence: when two rules read the same object, the first one wins.
 *
 * @throws org.summitoutcomes.lexicon.DataFileException with {@code file:line: what is wrong} on a malformed block
 */
public final class FrameRules {
    private FrameRules() {}

    public static List<FrameRule> load(String resource) {
        return parse(resource, DataFile.text(resource));
    }

    /** Parses rule text; {@code name} is what error messages call the file. */
    public static List<FrameRule> parse(String name, String text) {
        List<FrameRule> rules = new ArrayList<>();
        Map<String, String> block = new HashMap<>();
        ExampleLines.scan(text, (lineNo, line, pending) -> {
            int colon = line.indexOf(':');
            if (colon <= 0) throw new DataFileException(name, lineNo, "expected 'key: value', got: " + line);
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!List.of("rule", "type", "action", "modality", "parties", "confidence", "pattern").contains(key)) {
                throw new DataFileException(name, lineNo, "unknown key '" + key + "'");
            }
            block.put(key, value);
            if (!key.equals("pattern")) return false;
            String expect = pending.expects().isEmpty() ? null : pending.expects().get(0);
            rules.add(rule(name, lineNo, block, pending.example(), expect));
            block.clear();
            return true;
        });
        if (!block.isEmpty()) throw new DataFileException(name, 0, "the last rule has no 'pattern:' line");
        return List.copyOf(rules);
    }

    /** The rule of a block whose {@code pattern:} line is line {@code lineNo} of file {@code file}. */
    private static FrameRule rule(String file, int lineNo, Map<String, String> b, String example, String expect) {
        for (String k : List.of("rule", "type", "action", "modality", "parties", "confidence")) {
            if (!b.containsKey(k)) throw new DataFileException(file, lineNo, "rule '" + b.get("rule") + "' has no '" + k + ":' line");
        }
        if (example == null || expect == null) {
            throw new DataFileException(file, lineNo, "rule '" + b.get("rule") + "' needs '# example:' and '# expect:' lines above it");
        }
        try {
            SemgrexPattern pattern = SemgrexPattern.compile(b.get("pattern"));
            RelationType type = RelationType.valueOf(b.get("type"));
            String action = b.get("action");
            Modality modality = b.get("modality").equals("-") ? null : Modality.parse(b.get("modality"));
            FrameRule.PartySource parties = FrameRule.PartySource.valueOf(b.get("parties").toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            return new FrameRule(b.get("rule"), pattern, type, action, modality, parties, RuleTable.confidence(b.get("confidence")),
                    example, Expectation.parse(expect));
        } catch (RuntimeException e) {
            throw new DataFileException(file, lineNo, "rule '" + b.get("rule") + "': " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }
}
