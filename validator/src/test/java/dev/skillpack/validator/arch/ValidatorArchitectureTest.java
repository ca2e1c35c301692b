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
    void subpackagesHaveNoCycles() {
        // analysis, cli, config, engine, internal, report, rule and rules (all categories as one slice):
        // dependencies among them point one way. The API package itself is not in a slice yet: its values
        // (Finding, RuleConfig, ValidatorConfig, ValidationResult) are still read by the engine and reports.
        slices().matching("dev.skillpack.validator.(*)..").should().beFreeOfCycles().check(VALIDATOR);
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
