package org.summitoutcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Lets through English articles only: the rules and gazetteers are English. Uses OpenNLP's language
 * detector (model {@code langdetect-183.bin}, loaded once); texts too short to judge pass.
 */
public final class LanguageGate {
    /** Texts shorter than this (in characters) are not judged: the detector needs a couple of sentences. */
    static final int MIN_LENGTH = 200;
    /**
     * The detector spreads its confidence over 103 languages (a clear Russian text scores about 0.2), so a
     * text is rejected when another language wins and English is all but excluded.
     */
    private static final double MAX_ENGLISH_WHEN_REJECTED = 0.05;
    private static volatile LanguageDetectorModel model;
    /** The model is shared; a detector instance is not safe for concurrent use, so each thread has its own. */
    private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private LanguageGate() {}

    /** Null when the text is English or too short to tell; else a one-line reason to skip it. */
    public static String reject(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        if (sample.strip().length() < MIN_LENGTH) return null;
        Language[] ranked = DETECTOR.get().predictLanguages(sample);
        Language best = ranked[0];
        double english = 0;
        for (Language l : ranked) if (l.getLang().equals("eng")) english = l.getConfidence();
        if (best.getLang().equals("eng") || english > MAX_ENGLISH_WHEN_REJECTED) return null;
        return String.format(Locale.ROOT, "not English (detected %s, confidence %.2f): skipped", best.getLang(), best.getConfidence());
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageGate.class) {
                if (model == null) {
                    try (InputStream in = LanguageGate.class.getResourceAsStream("/langdetect-183.bin")) {
                        if (in == null) throw new IllegalStateException("missing language model langdetect-183.bin");
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the language model", e);
                    }
                }
                m = model;
            }
        }
        return m;
    }
}
