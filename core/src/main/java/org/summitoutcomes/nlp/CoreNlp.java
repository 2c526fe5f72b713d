package org.summitoutcomes.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.Properties;

/**
 * The CoreNLP pipelines, each built once per process on first use and shared by all threads
 * ({@code StanfordCoreNLP.annotate} is thread-safe). Which annotators run, and why:
 * <ul>
 *   <li>{@link #segmenter()}: tokenize, ssplit, pos, lemma; code-point offsets, a newline always ends a
 *       sentence (list items and headings are lines).</li>
 *   <li>{@link #ner()}: the 3-class CRF model only (PERSON, LOCATION, ORGANIZATION) with SUTime for dates;
 *       no fine-grained or KBP layers: countries, leaders, money, documents and the other summit types
 *       come from our gazetteers and TokensRegex rules, which are both faster and more accurate here.</li>
 *   <li>{@link #plainNer()}: the same CRF alone, for sentences that cannot hold a number or a date: SUTime
 *       and the numeric classifiers are about half of all NER time.</li>
 *   <li>{@link #parser()}: the neural dependency parser, run only on sentences that may hold a relation.</li>
 * </ul>
 */
public final class CoreNlp {
    private static final Lazy<StanfordCoreNLP> TOKENIZER = new Lazy<>(() -> build(tokenizerProps()));
    private static final Lazy<StanfordCoreNLP> SEGMENTER = new Lazy<>(() -> build(segmenterProps()));
    private static final Lazy<StanfordCoreNLP> NER = new Lazy<>(() -> build(nerProps()));
    private static final Lazy<StanfordCoreNLP> PLAIN_NER = new Lazy<>(() -> build(plainNerProps()));
    private static final Lazy<StanfordCoreNLP> PARSER = new Lazy<>(() -> build(parserProps()));

    /**
     * System property that, set to {@code true} (the unit test tier), makes every model load fail: every pipeline
     * but the tokenizer of {@link #words} (annotators exactly {@code tokenize}: PTBTokenizer is rule based and
     * reads no model file), which the gazetteers need.
     */
    public static final String NO_MODELS = "summitoutcomes.noModels";

    private CoreNlp() {}

    /** Tokenizes short strings (gazetteer entries) exactly as {@link #segmenter()} tokenizes documents. */
    public static java.util.List<String> words(String s) {
        edu.stanford.nlp.pipeline.Annotation a = new edu.stanford.nlp.pipeline.Annotation(s);
        TOKENIZER.get().annotate(a);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (edu.stanford.nlp.ling.CoreLabel l : a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class)) {
            out.add(l.originalText() != null ? l.originalText() : l.word());
        }
        return out;
    }

    /**
     * Starts loading every model, each on its own thread (loading is mostly single-threaded parsing of model
     * files, so on two cores this nearly halves start-up). Join the returned future before timing anything.
     */
    public static CompletableFuture<Void> preload() {
        List<Lazy<StanfordCoreNLP>> all = List.of(NER, PARSER, PLAIN_NER, SEGMENTER, TOKENIZER);
        return CompletableFuture.allOf(all.stream()
                .map(l -> CompletableFuture.runAsync(l::get, LOADERS))
                .toArray(CompletableFuture[]::new));
    }

    private static final Executor LOADERS = r -> {
        Thread t = new Thread(r, "model-loader");
        t.setDaemon(true);
        t.start();
    };

    public static StanfordCoreNLP segmenter() { return SEGMENTER.get(); }

    public static StanfordCoreNLP ner() { return NER.get(); }

    /** The same 3-class CRF without the numeric classifiers and SUTime, for sentences with no number or date word. */
    public static StanfordCoreNLP plainNer() { return PLAIN_NER.get(); }

    public static StanfordCoreNLP parser() { return PARSER.get(); }

    static Properties tokenizerProps() {
        Properties p = segmenterProps();
        p.setProperty("annotators", "tokenize");
        return p;
    }

    static Properties segmenterProps() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.codepoint", "true");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return p;
    }

    static Properties nerProps() {
        Properties p = new Properties();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        return p;
    }

    static Properties plainNerProps() {
        Properties p = nerProps();
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        return p;
    }

    static Properties parserProps() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    private static StanfordCoreNLP build(Properties p) {
        refuseModels(p, Boolean.getBoolean(NO_MODELS));
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp", "warn");
        return new StanfordCoreNLP(p);
    }

    /**
     * The no-models guard: in a run without models ({@code noModels}, from {@link #NO_MODELS}) only the
     * tokenizer-only pipeline (annotators exactly {@code tokenize}, which loads no model file) may be built.
     *
     * @throws IllegalStateException naming the annotators asked for, when {@code noModels} and they are any others
     */
    static void refuseModels(Properties p, boolean noModels) {
        String annotators = p.getProperty("annotators", "");
        if (noModels && !annotators.strip().equals("tokenize")) throw new IllegalStateException("CoreNLP model requested (" + annotators
                + ") in a run without models (" + NO_MODELS + "=true, set by -Dgroups=unit; only the tokenizer alone is let through): "
                + "tag the test @Tag(\"stage\"), not unit");
    }
}
