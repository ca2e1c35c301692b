package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.cli.ExitCodes;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floods in the text report (repeats grouped, per-rule and total caps, {@code --quiet}, {@code --color}) and
 * the JUnit mapping of severities by {@code --fail-on}, against golden files in src/test/resources/golden/
 * (rewrite with {@code -Dskillpack.updateGolden=true}, then review the diff).
 */
class FloodAndJunitGoldenTest {
    @TempDir
    Path dir;

    @BeforeEach
    void flood() {
        // one problem repeated 40 times in one file, and the same rule once in each of 30 other files
        TempSkills.skill(dir, "flood", "# Flood\n\n" + "A TODO here.\n\n".repeat(40) + "This is sprawling.\n");
        for (int i = 1; i <= 30; i++) {
            TempSkills.write(dir, String.format("flood/references/r%02d.md", i), "# R\n\nOne TODO.\n");
        }
    }

    private static void golden(String name, String actual) throws IOException {
        Path golden = ReportGoldenTest.GOLDEN.resolve(name);
        if (Boolean.getBoolean("skillpack.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void repeatsAreGroupedAndEachRuleIsCapped() throws IOException {
        CliRunner.Result r = CliRunner.in(dir, SampleRules.all()).run("validate", "flood");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("    this finding repeats 40 times in flood/SKILL.md, first on line 7; see "
                + "--format json for each\n").contains("XT001(sample-todo): 6 more like this; see --format json\n")
                .endsWith("70 errors, 0 warnings, 1 info in 1 skill (31 files); target agentskills (default)\n");
        golden("report.flood.txt", r.out());
    }

    @Test
    void maxFindingsCapsTheTotal() throws IOException {
        CliRunner.Result r = CliRunner.in(dir, SampleRules.all()).run("validate", "flood", "--max-findings", "3");
        golden("report.flood.max3.txt", r.out());
        CliRunner.Result all = CliRunner.in(dir, SampleRules.all()).run("validate", "flood", "--max-findings", "0");
        assertThat(all.out()).doesNotContain("more like this").doesNotContain("not shown")
                .contains("this finding repeats 40 times");
        assertThat(all.out().lines().filter(l -> l.startsWith("flood/"))).hasSize(32);
        CliRunner.Result bad = CliRunner.in(dir, SampleRules.all()).run("validate", "flood", "--max-findings", "-1");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("skillpack: --max-findings must be 0 (print all) or more, not -1\n");
    }

    @Test
    void jsonKeepsEveryFinding() {
        CliRunner.Result r = CliRunner.in(dir, SampleRules.all()).run("validate", "flood", "--format", "json");
        assertThat(r.out().split("\"ruleId\"", -1)).hasSize(72);
    }

    @Test
    void quietPrintsErrorsOnlyAndTheSummaryOnlyWhenFailing() {
        TempSkills.skill(dir, "calm", "# Calm\n\nThis is sprawling.\n");
        CliRunner.Result calm = CliRunner.in(dir, SampleRules.all()).run("validate", "calm", "--quiet");
        assertThat(calm.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(calm.out()).isEmpty();
        CliRunner.Result failing = CliRunner.in(dir, SampleRules.all()).run("validate", "flood", "--quiet",
                "--max-findings", "1");
        assertThat(failing.out()).doesNotContain("XT002").endsWith("70 errors, 0 warnings, 1 info in 1 skill"
                + " (31 files); target agentskills (default)\n");
    }

    @Test
    void colorFollowsTheFlagThenNoColorThenForceColorThenTheTerminal() {
        TempSkills.skill(dir, "calm", "# Calm\n\nThis is sprawling.\n");
        String escape = "\u001b[";
        CliRunner plain = CliRunner.in(dir, SampleRules.all());
        assertThat(plain.run("validate", "calm").out()).doesNotContain(escape);
        assertThat(plain.run("validate", "calm", "--color", "always").out()).contains(escape);
        assertThat(plain.with(Map.of("FORCE_COLOR", "1"), false).run("validate", "calm").out()).contains(escape);
        assertThat(plain.with(Map.of("FORCE_COLOR", "0"), false).run("validate", "calm").out()).doesNotContain(escape);
        assertThat(plain.with(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true).run("validate", "calm").out())
                .doesNotContain(escape);
        assertThat(plain.with(Map.of(), true).run("validate", "calm").out()).contains(escape);
        assertThat(plain.with(Map.of(), true).run("validate", "calm", "--color=never").out()).doesNotContain(escape);
        assertThat(plain.with(Map.of("NO_COLOR", "1"), false).run("validate", "calm", "--color=always").out())
                .contains(escape);
        CliRunner.Result bad = plain.run("validate", "calm", "--color", "sometimes");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("skillpack: unknown --color 'sometimes'; use auto, always or never\n");
    }

    @Test
    void junitFailsOnlyWhatFailOnFails() throws IOException {
        CliRunner runner = CliRunner.in(ReportGoldenTest.FIXTURES, SampleRules.all());
        CliRunner.Result onError = runner.run("validate", "pack", "--format", "junit");
        assertThat(onError.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        golden("report.junit.fail-on-error.xml", onError.out());
        CliRunner.Result onInfo = runner.run("validate", "pack", "--format", "junit", "--fail-on", "info");
        assertThat(onInfo.out()).contains("failures=\"5\"").doesNotContain("<system-out>");
        CliRunner.Result none = runner.run("validate", "pack", "--format", "junit", "--fail-on", "none");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(none.out()).doesNotContain("<failure").contains("failures=\"0\"");
    }
}
