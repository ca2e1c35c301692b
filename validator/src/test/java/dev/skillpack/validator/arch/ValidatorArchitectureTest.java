package dev.skillpack.validator.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The validator knows nothing of Maven; rules know nothing of the CLI or reports; only main exits. */
class ValidatorArchitectureTest {
    private static final JavaClasses VALIDATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.skillpack.validator");

    @Test
    void validatorImportsSomething() {
        assertThat(VALIDATOR.containPackage("dev.skillpack.validator.rules.spec")).isTrue();
        assertThat(VALIDATOR.size()).isGreaterThan(100);
    }

    @Test
    void validatorKnowsNothingOfMaven() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.skillpack.maven..", "org.apache.maven..")
                .check(VALIDATOR);
    }

    @Test
    void rulesAndTheEngineKnowNothingOfTheCliOrReports() {
        noClasses().that().resideInAnyPackage("dev.skillpack.validator.rule..", "dev.skillpack.validator.rules..",
                        "dev.skillpack.validator.engine..", "dev.skillpack.validator.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.skillpack.validator.cli..",
                        "dev.skillpack.validator.report..", "picocli..")
                .check(VALIDATOR);
    }

    @Test
    void rulesReadOnlyTheModelNeverTheFileSystemOrTheConsole() {
        // rules may read their own data from the classpath, but every skill file comes through the model
        noClasses().that().resideInAnyPackage("dev.skillpack.validator.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System")
                .check(VALIDATOR);
    }

    @Test
    void onlyTheCliEntryPointExits() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.skillpack.validator.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(VALIDATOR);
    }

    @Test
    void theTopLevelPackagesHaveNoCycles() {
        // api (the top package: Validator, ValidationSession, ...), analysis, cli, config, engine, internal,
        // report, rule, rules (every category in one slice), scaffold: dependencies among them point one way
        slices().assignedFrom(PackageSlices.firstLevelBelow("dev.skillpack.validator")).should().beFreeOfCycles()
                .check(VALIDATOR);
    }

    @Test
    void noPackageIsInACycle() {
        // the same one level down: every package its own slice (rules.spec and rules.structure apart)
        slices().assignedFrom(PackageSlices.everyPackage()).should().beFreeOfCycles().check(VALIDATOR);
    }

    @Test
    void onlyTheCliUsesTheApiPackage() {
        // the API package sits on top: it reaches down into the engine, config and reports, never the reverse
        noClasses().that().resideOutsideOfPackages("dev.skillpack.validator", "dev.skillpack.validator.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.skillpack.validator")
                .check(VALIDATOR);
    }

    @Test
    void theAnalysisReadsOnlyTheModel() {
        noClasses().that().resideInAnyPackage("dev.skillpack.validator.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.skillpack.validator.rule..",
                        "dev.skillpack.validator.rules..", "dev.skillpack.validator.engine..",
                        "dev.skillpack.validator.config..")
                .check(VALIDATOR);
    }
}
