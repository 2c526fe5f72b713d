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
    private static final Lexicons STANDARD = new Lexicons();

    private final Supplier<Gazetteers> gazetteers = once(Gazetteers::load);
    private final Supplier<Summits> summits = once(() -> Summits.load(gazetteers()));
    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

    private Lexicons() {}

    /** The bundled lexicons of {@code src/main/resources/org/summitoutcomes/}, shared by the whole process. */
    public static Lexicons standard() { return STANDARD; }

    /** Countries, leaders, organizations, locations and outcome names ({@code gazetteers/*.tsv}). */
    public Gazetteers gazetteers() { return gazetteers.get(); }

    /** The summits of {@code gazetteers/summits.tsv}, named through {@link #gazetteers()}. */
    public Summits summits() { return summits.get(); }

    /** The lines of a one-word-per-line lexicon ({@code "lexicons/stopwords.txt"}), as an unmodifiable set. */
    public Set<String> words(String resource) {
        return words.computeIfAbsent(resource, r -> Set.copyOf(DataFile.lines(r)));
    }

    private static <T> Supplier<T> once(Supplier<T> load) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) value = load.get();
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
