package org.summitoutcomes.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cli module's own classes (its target/classes, not core's): they sit in {@code cli}, {@code report} and
 * {@code server} only (no class added to a core package), the report and the server never import the commands,
 * and neither imports the other. The core's layers are checked by core's ArchitectureTest.
 */
@Tag("unit")
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter().importPath(classesOf(Main.class));

    private static Path classesOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
        }
    }

    @Test
    void classesSitInTheApplicationPackages() {
        classes().should().resideInAnyPackage("org.summitoutcomes.cli..", "org.summitoutcomes.report..",
                "org.summitoutcomes.server..").check(CLI);
    }

    @Test
    void reportAndServerNeverImportTheCommands() {
        noClasses().that().resideInAnyPackage("org.summitoutcomes.report..", "org.summitoutcomes.server..")
                .should().dependOnClassesThat().resideInAPackage("org.summitoutcomes.cli..").check(CLI);
        noClasses().that().resideInAPackage("org.summitoutcomes.report..")
                .should().dependOnClassesThat().resideInAPackage("org.summitoutcomes.server..").check(CLI);
        noClasses().that().resideInAPackage("org.summitoutcomes.server..")
                .should().dependOnClassesThat().resideInAPackage("org.summitoutcomes.report..").check(CLI);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.summitoutcomes.(*)..").should().beFreeOfCycles().check(CLI);
    }
}
