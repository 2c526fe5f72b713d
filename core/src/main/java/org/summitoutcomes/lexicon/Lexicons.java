package org.summitoutcomes.lexicon;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bundled knowledge a pipeline is built with (gazetteers, summits, word lists), each piece loaded once,
 * on first use, and then shared; as Lucene's analyzers take their stop sets, the pieces that use it take
 * what they need through their constructors, and fall back to {@link #standard()}.
 *
 * <p>Every loader fails with a {@link DataFileException} ({@code path:line: what is wrong}).
 */
public final class Lexicons {
    private static final Lexicons STANDARD = new Lexicons(Map.of());

    private final Supplier<Gazetteers> gazetteers = new org.summitoutcomes.nlp.Lazy<>(Gazetteers::load);
    private final Supplier<Summits> summits = new org.summitoutcomes.nlp.Lazy<>(() -> Summits.load(gazetteers(), this));
    private final Supplier<Groups> groups = new org.summitoutcomes.nlp.Lazy<>(() -> Groups.load(this));
    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();
    /** resource → text that replaces the bundled file (word lists, tables and rule files; not the gazetteers) */
    private final Map<String, String> overrides;

    private Lexicons(Map<String, String> overrides) { this.overrides = Map.copyOf(overrides); }

    /**
     * These lexicons with one word list, table or rule file replaced by {@code text} (same format, header lines
     * included), e.g. a small lexicon a test gives a stage; the gazetteers and summits stay the bundled ones.
     */
    public Lexicons with(String resource, String text) {
        Map<String, String> m = new java.util.HashMap<>(overrides);
        m.put(resource, text);
        return new Lexicons(m);
    }

    /** The text of a data file ({@code "rules/frames.semgrex"}), overridden or bundled. @throws DataFileException when missing */
    public String text(String resource) {
        String o = overrides.get(resource);
        return o != null ? o : DataFile.text(resource);
    }

    /** The non-comment lines of a data file, in order. @throws DataFileException when missing */
    public java.util.List<String> lines(String resource) {
        return DataFile.lines(name(resource), text(resource));
    }

    /** {@link DataFile#each} over a data file, overridden or bundled. @throws DataFileException on a bad row */
    public void each(String resource, java.util.function.Consumer<String[]> row) {
        DataFile.each(name(resource), text(resource), row);
    }

    /** {@link DataFile#table} over a data file, overridden or bundled. @throws DataFileException on a bad row */
    public <T> T table(String resource, java.util.function.Function<java.util.List<String[]>, T> build) {
        return DataFile.table(name(resource), text(resource), build);
    }

    /** What error messages call a data file: its class-path path, or the resource name of an override. */
    public String name(String resource) {
        return overrides.containsKey(resource) ? resource + " (given)" : "org/summitoutcomes/" + resource;
    }

    /** The bundled lexicons of {@code src/main/resources/org/summitoutcomes/}, shared by the whole process. */
    public static Lexicons standard() { return STANDARD; }

    /** Countries, leaders, organizations, locations and outcome names ({@code gazetteers/*.tsv}). */
    public Gazetteers gazetteers() { return gazetteers.get(); }

    /** Group phrases, seats of government and blocs ({@code lexicons/groups.tsv}, {@code state-institutions.tsv}, {@code blocs.tsv}). */
    public Groups groups() { return groups.get(); }

    /** The summits of {@code gazetteers/summits.tsv}, named through {@link #gazetteers()}. */
    public Summits summits() { return summits.get(); }

    /** The lines of a one-word-per-line lexicon ({@code "lexicons/stopwords.txt"}), as an unmodifiable set. */
    public Set<String> words(String resource) {
        return words.computeIfAbsent(resource, r -> Set.copyOf(lines(r)));
    }
}
