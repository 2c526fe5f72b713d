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

/**
 * A TokensRegex rule file loaded once. Each rule's result is {@code "TYPE|rule-id"}; {@link #apply} returns
 * the matches of one sentence as token ranges. Rule files keep an example above every rule
 * ({@code # example: ...}), which {@link #examples} reads for the test that every rule fires on its example.
 */
public final class PatternRules {
    /** A rule match over tokens {@code [from, to)} of the sentence. */
    public record Hit(int from, int to, String type, String detail, String rule) {}

    /** A rule's id with the example sentence written above it. */
    public record Example(String rule, String text) {}

    private static final Pattern RESULT = Pattern.compile("result:\\s*\"[A-Z_]+\\|(?:[a-z]+\\|)?([a-z0-9-]+)\"");
    private final CoreMapExpressionExtractor<MatchedExpression> extractor;
    private final String source;

    /** The bundled rule file {@code resource} ({@code "rules/entities.rules"}). @throws DataFileException when it does not load */
    public PatternRules(String resource) {
        this(resource, DataFile.text(resource));
    }

    /** Rules read from {@code source}; {@code name} is what error messages call the file. @throws DataFileException when they do not load */
    public PatternRules(String name, String source) {
        this.source = source;
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

    /** Every rule id with the example above it, in file order. */
    public List<Example> examples() {
        List<Example> out = new ArrayList<>();
        String pendingExample = null;
        for (String line : source.split("\n")) {
            String t = line.strip();
            if (t.startsWith("# example:")) {
                pendingExample = t.substring("# example:".length()).strip();
            } else {
                Matcher m = RESULT.matcher(t);
                if (m.find()) {
                    out.add(new Example(m.group(1), pendingExample));
                    pendingExample = null;
                }
            }
        }
        return out;
    }
}
