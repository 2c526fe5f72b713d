package org.summitoutcomes.batch;

import java.util.ArrayList;
import java.util.List;
import org.summitoutcomes.ingest.LanguageGate;
import org.summitoutcomes.ingest.ReadResult;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.pipeline.StageException;

/** Runs the pipeline on what one input yielded; the CLI batch and the Spark job both process inputs through here. */
public final class InputProcessor {
    private InputProcessor() {}

    /**
     * English articles become {@link InputResult.Processed} documents (long ones in sections, see
     * {@link Sections}); read failures and other languages {@link InputResult.Skipped}; a stage that throws
     * {@link InputResult.Failed}. Never throws for one input's sake. Results are in input order.
     */
    public static List<InputResult> process(Pipeline pipeline, List<ReadResult> read) {
        List<InputResult> out = new ArrayList<>();
        for (ReadResult r : read) {
            if (r instanceof ReadResult.Failed f) {
                out.add(new InputResult.Skipped(f.origin(), f.message()));
                continue;
            }
            ReadResult.Ok ok = (ReadResult.Ok) r;
            String notEnglish = LanguageGate.reject(ok.article().text());
            if (notEnglish != null) {
                out.add(new InputResult.Skipped(ok.origin(), notEnglish));
                continue;
            }
            try {
                out.add(new InputResult.Processed(Sections.run(pipeline, ok.article().toDocument(), Sections.SECTION_CODE_POINTS), ok.origin()));
            } catch (StageException e) {
                out.add(new InputResult.Failed(ok.origin(), e.stage(), oneLine(e.getCause())));
            } catch (RuntimeException | StackOverflowError e) {
                out.add(new InputResult.Failed(ok.origin(), "pipeline", oneLine(e)));
            }
        }
        return out;
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        return (t.getClass().getSimpleName() + (m == null ? "" : ": " + m)).replaceAll("\\s+", " ");
    }
}
