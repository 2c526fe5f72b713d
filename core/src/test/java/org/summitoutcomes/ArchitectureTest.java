package org.summitoutcomes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The layers of the core module's code, bottom to top; no class imports a layer above its own. The core (model up
 * to the facade) never imports the CLI, the report, the server or the Spark job (the module boundary enforces this
 * too: they are other modules, cli and spark, that depend on core; cli's own ArchitectureTest checks its classes):
 * <pre>
 *   model ← pipeline, nlp ← lexicon ← rules ← ingest, segment, tag, extract ← consolidate, export, score
 *         ← batch ← facade (org.summitoutcomes) ← cli, report, server, spark
 * </pre>
 */
@Tag("unit")
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.summitoutcomes");

    @Test
    void noPackageImportsUpward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("org.summitoutcomes.model..")
                .layer("Base").definedBy("org.summitoutcomes.pipeline..", "org.summitoutcomes.nlp..")
                .layer("Lexicon").definedBy("org.summitoutcomes.lexicon..")
                .layer("Rules").definedBy("org.summitoutcomes.rules..")
                .layer("Stages").definedBy("org.summitoutcomes.ingest..", "org.summitoutcomes.segment..",
                        "org.summitoutcomes.tag..", "org.summitoutcomes.extract..")
                .layer("Records").definedBy("org.summitoutcomes.consolidate..", "org.summitoutcomes.export..",
                        "org.summitoutcomes.score..")
                .layer("Batch").definedBy("org.summitoutcomes.batch..")
                .layer("Facade").definedBy("org.summitoutcomes")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Base").mayOnlyAccessLayers("Model")
                .whereLayer("Lexicon").mayOnlyAccessLayers("Base", "Model")
                .whereLayer("Rules").mayOnlyAccessLayers("Lexicon", "Base", "Model")
                .whereLayer("Stages").mayOnlyAccessLayers("Rules", "Lexicon", "Base", "Model")
                .whereLayer("Records").mayOnlyAccessLayers("Lexicon", "Base", "Model")
                .whereLayer("Batch").mayOnlyAccessLayers("Records", "Stages", "Rules", "Lexicon", "Base", "Model")
                .whereLayer("Facade").mayOnlyAccessLayers("Batch", "Records", "Stages", "Rules", "Lexicon", "Base", "Model")
                .check(MAIN);
    }

    @Test
    void coreNeverImportsTheApplications() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.summitoutcomes.cli..",
                "org.summitoutcomes.report..", "org.summitoutcomes.server..", "org.summitoutcomes.spark..").check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.summitoutcomes.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
