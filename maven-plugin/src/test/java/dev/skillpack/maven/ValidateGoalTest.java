package dev.skillpack.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.validator.cli.CliEnvironment;
import dev.skillpack.validator.cli.SkillpackCli;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateGoalTest {
    private static final String CLEAN = "---\nname: release-notes\ndescription: Drafts release notes from merged "
            + "pull requests. Use when preparing a release.\n---\n\n# Release notes\n\nList merged pull requests with "
            + "`git log --merges`.\n";

    @TempDir
    Path project;
    Path skills;
    final RecordingLog log = new RecordingLog();
    final RuleRegistry registry = RuleRegistry.discover(ValidateGoalTest.class.getClassLoader());

    @BeforeEach
    void pack() throws Exception {
        skills = project.resolve("src/main/skills");
        Files.createDirectories(skills.resolve("release-notes"));
        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN);
    }

    private ValidateSettings settings(Optional<Path> baseline, Optional<Path> writeBaseline, boolean force) {
        return new ValidateSettings(project, List.of(skills), Optional.empty(), Optional.of(Severity.ERROR),
                List.of(ReportFormat.JSON, ReportFormat.SARIF), project.resolve("target/skillpack"), Optional.empty(),
                Optional.empty(), baseline, writeBaseline, force);
    }

    private ValidateSettings settings() {
        return settings(Optional.empty(), Optional.empty(), false);
    }

    @Test
    void cleanPackLogsTheCliSummaryAndTheReportPaths() throws Exception {
        ValidateGoal.Outcome outcome = new ValidateGoal(registry, log).run(settings());
        assertThat(log.lines).containsExactly(
                "[INFO] skillpack: no problems in 1 skill (1 file); target agentskills (default)",
                "[INFO] skillpack: report target/skillpack/skillpack.json",
                "[INFO] skillpack: report target/skillpack/skillpack.sarif");
        assertThat(outcome.reports()).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(Files.readString(project.resolve("target/skillpack/skillpack.sarif"))).contains("\"2.1.0\"");
    }

    @Test
    void theSummaryLineIsTheClisLastLineWordForWord() throws Exception {
        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN.replace("name: release-notes",
                "name: Release_Notes"));
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings())).isInstanceOf(FindingsException.class);
        StringWriter out = new StringWriter();
        CliEnvironment env = new CliEnvironment(project, new PrintWriter(out, true), new PrintWriter(new StringWriter(),
                true), Map.of(), false, () -> registry, "test");
        assertThat(SkillpackCli.execute(env, "validate", "src/main/skills")).isEqualTo(1);
        List<String> cli = out.toString().lines().toList();
        assertThat(log.lines).contains("[INFO] skillpack: " + cli.get(cli.size() - 1));
        assertThat(cli.get(cli.size() - 1)).isEqualTo("3 errors, 0 warnings, 0 infos in 1 skill (1 file); target "
                + "agentskills (default)");
    }

    @Test
    void anUnchangedPackIsNotValidatedAgainButAChangedOneIs() throws Exception {
        new ValidateGoal(registry, log).run(settings());
        log.lines.clear();
        ValidateGoal.Outcome second = new ValidateGoal(registry, log).run(settings());
        assertThat(second.result()).isEmpty();
        assertThat(log.lines).containsExactly("[INFO] skillpack: no problems in 1 skill (1 file); target agentskills (default) (unchanged since the "
                + "last validation, not validated again; -Dskillpack.force=true validates)");

        log.lines.clear();
        assertThat(new ValidateGoal(registry, log).run(settings(Optional.empty(), Optional.empty(), true)).result())
                .isPresent();

        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN + "\nThen group them by label.\n");
        log.lines.clear();
        assertThat(new ValidateGoal(registry, log).run(settings()).result()).as("an edited file").isPresent();
        assertThat(log.lines.get(0)).isEqualTo("[INFO] skillpack: no problems in 1 skill (1 file); target agentskills (default)");

        Files.delete(project.resolve("target/skillpack/skillpack.json"));
        assertThat(new ValidateGoal(registry, log).run(settings()).result()).as("a deleted report").isPresent();
    }

    @Test
    void findingsAtFailOnFailTheBuildNameFileAndLineAndLeaveNoStamp() throws Exception {
        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN.replace("name: release-notes",
                "name: Release_Notes"));
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings()))
                .isInstanceOf(FindingsException.class)
                .hasMessage("skill pack has findings at or above error: 3 errors, 0 warnings, 0 infos in 1 skill (1 file); "
                        + "see the lines above");
        assertThat(log.lines).anySatisfy(l -> assertThat(l)
                .startsWith("[ERROR] src/main/skills/release-notes/SKILL.md:2:7: error SP"));
        assertThat(project.resolve("target/skillpack/" + UpToDateCheck.STAMP)).doesNotExist();
        assertThat(project.resolve("target/skillpack/skillpack.json")).isRegularFile();
    }

    @Test
    void theJunitReportFailsExactlyTheFindingsAtFailOnAsTheCliDoes() throws Exception {
        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN.replace("name: release-notes",
                "name: Release_Notes"));
        Path junit = project.resolve("target/skillpack/skillpack.junit.xml");
        ValidateSettings never = new ValidateSettings(project, List.of(skills), Optional.empty(), Optional.empty(),
                List.of(ReportFormat.JUNIT), project.resolve("target/skillpack"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
        new ValidateGoal(registry, log).run(never);
        assertThat(Files.readString(junit)).doesNotContain("<failure").contains("SP0");

        ValidateSettings onErrors = new ValidateSettings(project, List.of(skills), Optional.empty(),
                Optional.of(Severity.ERROR), List.of(ReportFormat.JUNIT), project.resolve("target/skillpack"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(onErrors)).isInstanceOf(FindingsException.class);
        assertThat(Files.readString(junit)).contains("<failure");
    }

    @Test
    void aWrittenBaselineHidesTheFindingsOnTheNextRunUntilANewOneAppears() throws Exception {
        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN.replace("name: release-notes",
                "name: Release_Notes"));
        Path baseline = project.resolve("skillpack-baseline.json");
        new ValidateGoal(registry, log).run(settings(Optional.empty(), Optional.of(baseline), false));
        assertThat(log.lines).anySatisfy(l -> assertThat(l).matches(
                "\\[INFO] skillpack: wrote \\d+ findings? to baseline skillpack-baseline.json"));
        assertThat(Files.readString(baseline)).contains("src/main/skills/release-notes/SKILL.md");

        log.lines.clear();
        ValidateGoal.Outcome accepted = new ValidateGoal(registry, log).run(settings(Optional.of(baseline),
                Optional.empty(), false));
        assertThat(accepted.result().orElseThrow().active()).isEmpty();
        assertThat(log.lines.get(0)).matches("\\[INFO] skillpack: no problems in 1 skill \\(1 file\\); \\d+ suppressed; target agentskills \\(default\\)");

        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN.replace("name: release-notes",
                "name: Release_Notes").replace("description: Drafts", "extra: field\ndescription: Drafts"));
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings(Optional.of(baseline), Optional.empty(),
                false))).isInstanceOf(FindingsException.class);
    }

    @Test
    void aBrokenConfigIsASetupErrorWithOneLinePerProblem() throws Exception {
        Files.writeString(skills.resolve(".skillpack.yaml"), "rules:\n  no-such-rule: off\n");
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings()))
                .isInstanceOf(SetupException.class)
                .hasMessage("the skillpack configuration is invalid: 1 problem, see the lines above");
        assertThat(log.lines).singleElement().satisfies(l -> assertThat(l)
                .startsWith("[ERROR] src/main/skills/.skillpack.yaml:2:3: ").contains("no-such-rule"));
    }

    @Test
    void aReportsFolderThatCannotBeMadeIsASetupErrorInWordsNotAnExceptionName() throws Exception {
        // issue 14: messages named Java exception classes (NoSuchFileException, FileSystemException), here too
        Files.writeString(project.resolve("target"), "a file where the reports folder should go");
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings()))
                .isInstanceOf(SetupException.class)
                .hasMessageStartingWith("cannot ")
                .hasMessageContaining("target/skillpack: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java."));
    }

    @Test
    void aBaselineThatIsNotJsonIsASetupErrorNamingTheFile() throws Exception {
        Path baseline = Files.writeString(project.resolve("baseline.json"), "not json");
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings(Optional.of(baseline), Optional.empty(),
                false))).isInstanceOf(SetupException.class)
                .hasMessageStartingWith("baseline: baseline.json is not a skillpack baseline: ");
    }

    @Test
    void aStampIsNotTrustedWhenALowerFailOnWouldFailOnItsFindings() throws Exception {
        Files.writeString(skills.resolve("release-notes/SKILL.md"), CLEAN.replace("name: release-notes",
                "name: Release_Notes"));
        ValidateSettings lenient = settings().withFailOn(Optional.empty());
        new ValidateGoal(registry, log).run(lenient);
        assertThat(new ValidateGoal(registry, log).run(lenient).result()).as("up to date").isEmpty();
        log.lines.clear();
        assertThatThrownBy(() -> new ValidateGoal(registry, log).run(settings())).isInstanceOf(FindingsException.class);
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[ERROR] src/main/skills/release-notes/SKILL.md:2:7"));
    }
}
