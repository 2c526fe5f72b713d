package org.summitoutcomes.rules;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitoutcomes.lexicon.DataFile;
import org.summitoutcomes.lexicon.DataFileException;
import org.summitoutcomes.model.EntityType;

/**
 * A TokensRegex rule file loaded once. Each rule's result is {@code "TYPE|rule-id"}; {@link #apply} returns
 * the matches of one sentence as token ranges. Rule files keep an example above every rule
 * ({@code # example: ...}) and under it the mention the tag stage must output for the rule on that example
 * ({@code # expect: TYPE | text | normalized}, one line or more), which {@link #examples} reads for the test
 * that every rule fires on its example and yields what it expects.
 */
public final class PatternRules {
    /** A rule match over tokens {@code [from, to)} of the sentence. */
    public record Hit(int from, int to, String type, String detail, String rule) {}

    /**
     * A rule's id with the example sentence written above it ({@code null} when there is none) and the mentions
     * the example must yield (empty when the rule has no {@code # expect:} line).
     */
    public record Example(String rule, String text, List<MentionExpectation> expect) {
        public Example {
            expect = List.copyOf(expect);
        }
    }

    /**
     * A mention an example must yield: its entity type, its exact surface text, and its normalized value
     * ({@code null}, written {@code -}, when it has none).
     */
    public record MentionExpectation(EntityType type, String text, String normalized) {}

    private static final Pattern RESULT = Pattern.compile("result:\\s*\"[A-Z_]+\\|(?:[a-z]+\\|)?([a-z0-9-]+)\"");
    private final CoreMapExpressionExtractor<MatchedExpression> extractor;
    private final String source;
    private final String name;

    /** The bundled rule file {@code resource} ({@code "rules/entities.rules"}). @throws DataFileException when it does not load */
    public PatternRules(String resource) {
        this(resource, DataFile.text(resource));
    }

    /** Rules read from {@code source}; {@code name} is what error messages call the file. @throws DataFileException when they do not load */
    public PatternRules(String name, String source) {
        this.source = source;
        this.name = name;
        Env env = TokenSequencePattern.getNewEnv();
        try {
            this.extractor = CoreMapExpressionExtractor.createExtractorFromString(env, source);
        } catch (Exception e) {
            throw new DataFileException(name, 0, "cannot load rules: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    public List<Hit> apply(CoreMap sentence) {
        List<Hit> hits = new ArrayList<>();
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (MatchedExpression m : extractor.extractExpressions(sentence)) {
            Object value = m.getValue() == null ? null : m.getValue().get();
            if (!(value instanceof String s) || !s.contains("|")) continue;
            String[] parts = s.split("\\|");
            int from = indexOfChar(tokens, m.getCharOffsets().first(), true);
            int to = indexOfChar(tokens, m.getCharOffsets().second(), false);
            if (from < 0 || to <= from) continue;
            hits.add(new Hit(from, to, parts[0], parts.length > 2 ? parts[1] : null, parts[parts.length - 1]));
        }
        return hits;
    }

    private static int indexOfChar(List<CoreLabel> tokens, int offset, boolean begin) {
        for (int i = 0; i < tokens.size(); i++) {
            if (begin && tokens.get(i).beginPosition() == offset) return i;
            if (!begin && tokens.get(i).endPosition() == offset) return i + 1;
        }
        return -1;
    }

    /**
     * Every rule id with the example above it and the expectations under that example, in file order.
     *
     * @throws DataFileException ({@code file:line: what is wrong}) on an {@code # expect:} line that is not
     *     {@code TYPE | text | normalized} with a known entity type, or that has no example above it
     */
    public List<Example> examples() {
        List<Example> out = new ArrayList<>();
        ExampleLines.scan(source, (lineNo, line, pending) -> {
            Matcher m = RESULT.matcher(line);
            if (!m.find()) return false;
            if (pending.example() == null && !pending.expects().isEmpty()) {
                throw new DataFileException(name, pending.expectLines().get(0), "'# expect:' needs a '# example:' line above it");
            }
            List<MentionExpectation> expects = new ArrayList<>();
            for (int k = 0; k < pending.expects().size(); k++) expects.add(expectation(pending.expects().get(k), pending.expectLines().get(k)));
            out.add(new Example(m.group(1), pending.example(), expects));
            return true;
        });
        return out;
    }

    /** {@code TYPE | text | normalized}, {@code -} for no normalized value. */
    private MentionExpectation expectation(String s, int line) {
        String[] f = s.split("\\|", -1);
        if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
            throw new DataFileException(name, line, "expect needs 'TYPE | text | normalized' ('-' for none), got: " + s);
        }
        EntityType type;
        try {
            type = EntityType.valueOf(f[0].strip());
        } catch (IllegalArgumentException e) {
            throw new DataFileException(name, line, "unknown entity type '" + f[0].strip() + "' in: " + s);
        }
        String normalized = f[2].strip();
        return new MentionExpectation(type, f[1].strip(), normalized.equals("-") ? null : normalized);
    }
}
