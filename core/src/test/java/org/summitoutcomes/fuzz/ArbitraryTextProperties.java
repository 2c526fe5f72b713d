package org.summitoutcomes.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.extract.ExtractStage;
import org.summitoutcomes.ingest.InputReader;
import org.summitoutcomes.ingest.Manifest;
import org.summitoutcomes.ingest.ReadResult;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.segment.SegmentStage;
import org.summitoutcomes.tag.TagStage;

/**
 * Property tests: arbitrary text (and arbitrary bytes as a file) never escapes ingestion or tagging as an
 * exception and never yields an offset outside the text.
 */
@Tag("stage")
class ArbitraryTextProperties {
    private static Pipeline pipeline;

    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.of(new MetadataStage(), new SegmentStage(CoreNlp::segmenter), new TagStage(CoreNlp::ner, CoreNlp::plainNer),
                    new ExtractStage(CoreNlp::parser));
        }
        return pipeline;
    }

    /** Text built from the pieces news pages are made of, plus arbitrary characters (emoji, controls, RTL). */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("China", "Kazakhstan", " signed ", "the Astana Declaration", " $94.8 billion", " 1.5 billion yuan",
                        "(US$208 million)", "\n• ", "\n14. ", "\n1、", "\nII. Mechanisms", " May 18-19, 2023", " Xi ", "Tokayev",
                        " has decided to establish ", " Center", "“", "”", "date 2025-06-18\n", "BEIJING, June 18, 2025 /PRNewswire/ -- ",
                        "Leave a Reply", "Back To Top", "\n\n", ".", " ", "-", "–", "%", "16,400"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(8),
                Arbitraries.of("🇨🇳", "😀", "\u202e", "\ufeff", "\r\n", "\t", "\u00a0", "𝒳"));
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 40)
    void pipelineNeverThrowsAndOffsetsStayInText(@ForAll("newsLike") String text) {
        Document d = pipeline().run(Document.of("fuzz", text, new Metadata(null, "2025-06-17", null, null, null)));
        DocumentInvariants.check(d);
        for (var r : d.relations()) assertTrue(r.evidence().end() <= d.text().length());
    }

    @Property(tries = 60)
    void arbitraryBytesAreReadOrRefusedWithAMessage(@ForAll byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            for (String name : List.of("a.txt", "a.html", "a.jsonl")) {
                Path f = Files.write(dir.resolve(name), bytes);
                for (ReadResult r : new InputReader().read(f, Manifest.NONE)) {
                    if (r instanceof ReadResult.Failed failed) {
                        assertTrue(failed.message() != null && !failed.message().isBlank() && !failed.message().contains("\n"));
                    } else {
                        String text = ((ReadResult.Ok) r).article().text();
                        assertTrue(text != null && !text.isBlank());
                        if (name.equals("a.txt")) assertTrue(text.equals(new String(bytes, StandardCharsets.UTF_8)));
                    }
                }
                Files.delete(f);
            }
        } finally {
            Files.delete(dir);
        }
    }
}
