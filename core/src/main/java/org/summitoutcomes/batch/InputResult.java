package org.summitoutcomes.batch;

import org.summitoutcomes.model.Document;

/**
 * What became of one input of a batch: a {@link Processed} document, an input {@link Skipped} before the
 * pipeline (unreadable, not English), or a {@link Failed} pipeline run (a stage threw, the time budget ran
 * out). Skipped and failed inputs become one line of {@code errors.jsonl} each ({@link #stage()},
 * {@link #message()}).
 */
public sealed interface InputResult {
    /** The input's origin (path, or path#entry inside an archive). */
    String origin();

    /** The stage that skipped or failed the input ({@code "ingest"}, a stage name, {@code "pipeline"}); null when processed. */
    String stage();

    /** A one-line reason; null when processed. */
    String message();

    /** The document the pipeline made of the input. */
    record Processed(Document document, String origin) implements InputResult {
        @Override public String stage() { return null; }
        @Override public String message() { return null; }
    }

    /** An input the batch did not give to the pipeline; its stage is {@code "ingest"}. */
    record Skipped(String origin, String message) implements InputResult {
        @Override public String stage() { return "ingest"; }
    }

    /** An input the pipeline failed on, with the stage that failed ({@code "pipeline"} when none is known). */
    record Failed(String origin, String stage, String message) implements InputResult {}
}
