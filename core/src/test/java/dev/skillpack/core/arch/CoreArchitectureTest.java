package dev.skillpack.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.SkillBuilder;
import org.junit.jupiter.api.Test;

/** The arrows inside core, and what core must never touch. Main classes only. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.skillpack.core");

    @Test
    void coreImportsSomething() {
        // guards the rules below against passing on an empty import
        assertThat(CORE.containPackage("dev.skillpack.core.model")).isTrue();
        assertThat(CORE.size()).isGreaterThan(50);
    }

    @Test
    void coreKnowsNothingOfTheValidatorMavenCliLoggingOrLangChain4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "dev.skillpack.validator..", "dev.skillpack.maven..", "org.apache.maven..", "picocli..",
                "org.slf4j..", "ch.qos.logback..", "org.apache.logging..", "org.apache.log4j..",
                "org.apache.commons.logging..", "java.util.logging..", "org.jboss.logging..", "dev.langchain4j..")
                .check(CORE);
    }

    @Test
    void theModelUsesNoParserSourceOrLibraryTypes() {
        noClasses().that().resideInAPackage("dev.skillpack.core.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.skillpack.core.parse..",
                        "dev.skillpack.core.source..", "dev.skillpack.core.tokens..", "..internal..",
                        "org.commonmark..", "tools.jackson..", "org.snakeyaml..", "com.knuddels..")
                .check(CORE);
    }

    @Test
    void theModelReachesTheWritePackageOnlyThroughSkillBuilder() {
        noClasses().that().resideInAPackage("dev.skillpack.core.model..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in dev.skillpack.core.write other than SkillBuilder",
                        (JavaClass c) -> c.getPackageName().equals("dev.skillpack.core.write")
                                && !c.getSimpleName().equals("SkillBuilder")))
                .check(CORE);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirOwnTree() {
        classes().should(new ArchCondition<JavaClass>("use an internal package only from inside its parent package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (internal < 0 || !target.startsWith("dev.skillpack")) {
                        continue;
                    }
                    String owner = target.substring(0, internal);
                    if (!origin.getPackageName().equals(owner) && !origin.getPackageName().startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(CORE);
    }

    @Test
    void nothingPrintsOrExits() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
        noClasses().should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .because("only a CLI's main may end the process")
                .check(CORE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        // catalog, history, model, pack, parse, source, text, tokens, write (a class in the root package would be
        // a slice of its own), then every package on its own. The one edge back is the convenience
        // Skill.builder() -> SkillBuilder, allowed above; nothing else may close a cycle.
        slices().assignedFrom(PackageSlices.firstLevelBelow("dev.skillpack.core")).should().beFreeOfCycles()
                .ignoreDependency(Skill.class, SkillBuilder.class).check(CORE);
        slices().assignedFrom(PackageSlices.everyPackage()).should().beFreeOfCycles()
                .ignoreDependency(Skill.class, SkillBuilder.class).check(CORE);
    }
}
