package org.summitoutcomes;

import java.nio.file.Files;
import java.nio.file.Path;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.segment.SegmentStage;
import org.summitoutcomes.tag.TagStage;

/** Shared test helpers: project paths (not the working directory) and the stages, built once. */
public final class Fixtures {
    public static final Path ROOT = root();
    public static final Path CORPUS = ROOT.resolve("corpus");
    public static final Path GOLD = ROOT.resolve("gold");

    private static Pipeline upToSegment;
    private static Pipeline upToTag;

    private Fixtures() {}

    /**
     * The project root (the parent pom with corpus/ and gold/), found by walking up from the module's directory
     * (Maven runs a module's tests with the module as working directory).
     */
    private static Path root() {
        String p = System.getProperty("project.basedir");
        Path base = (p != null ? Path.of(p) : Path.of("")).toAbsolutePath();
        while (base != null && !isRoot(base)) base = base.getParent();
        if (base == null) throw new IllegalStateException("cannot find the project root (pom.xml with corpus/ and gold/)");
        return base;
    }

    private static boolean isRoot(Path dir) {
        return Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("corpus")) && Files.isDirectory(dir.resolve("gold"));
    }

    public static synchronized Document segmented(String text, String published) {
        if (upToSegment == null) upToSegment = Pipeline.of(new MetadataStage(), new SegmentStage(CoreNlp::segmenter));
        return upToSegment.run(Document.of("test", text, new Metadata(null, published, null, null, null)));
    }

    public static synchronized Document tagged(String text, String published) {
        if (upToTag == null) upToTag = Pipeline.of(new MetadataStage(), new SegmentStage(CoreNlp::segmenter), new TagStage(CoreNlp::ner, CoreNlp::plainNer));
        return upToTag.run(Document.of("test", text, new Metadata(null, published, null, null, null)));
    }
}
