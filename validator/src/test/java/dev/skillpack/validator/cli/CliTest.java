package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command in process: bad input, exit codes, options, baselines and fixes. */
class CliTest {
    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void pack() {
        TempSkills.skill(dir, "skills/a", "# A\n\nA TODO here.\n");
        TempSkills.skill(dir, "skills/b", "# B\n\nThis is sprawling.\n");
        cli = CliRunner.in(dir, SampleRules.all());
    }

    private static void oneLine(CliRunner.Result r, int code, String line) {
        assertThat(r.exitCode()).isEqualTo(code);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(line + "\n");
    }

    @Test
    void badPathsGiveOneClearLineAndExit2() throws IOException {
        oneLine(cli.run("validate", "missing"), ExitCodes.USAGE, "skillpack: no such file or folder: missing");
        TempSkills.write(dir, "notes.txt", "hello\n");
        oneLine(cli.run("validate", "notes.txt"), ExitCodes.USAGE,
                "skillpack: notes.txt is a file; give a skill folder, a folder of skills, or a SKILL.md");
        oneLine(cli.run("validate", "skills", "--format", "xml"), ExitCodes.USAGE,
                "skillpack: unknown format 'xml'; use text, json, sarif, github, junit, html or gitlab");
        oneLine(cli.run("validate", "skills", "--fail-on", "sometimes"), ExitCodes.USAGE,
                "skillpack: unknown --fail-on level 'sometimes'; use error, warning, info or none");
        oneLine(cli.run("validate", "skills", "--rule", "XT404"), ExitCodes.USAGE,
                "skillpack: unknown rule 'XT404'; run 'skillpack rules' to list ids and aliases");
        oneLine(cli.run("validate", "skills", "--target", "cursor"), ExitCodes.USAGE,
                "skillpack: unknown target 'cursor'; use agentskills, claude-code or codex");
        oneLine(cli.run("validate", "skills", "--baseline", "none.json"), ExitCodes.USAGE,
                "skillpack: no such file: none.json");
        oneLine(cli.run("validate"), ExitCodes.USAGE,
                "skillpack: Missing required parameter: 'PATH' (see 'skillpack validate --help')");
        oneLine(cli.run("validate", "skills", "--colour"), ExitCodes.USAGE,
                "skillpack: Unknown option: '--colour' (see 'skillpack validate --help')");
    }

    @Test
    void unreadableFolderGivesOneLine() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            if (!Files.isReadable(locked)) {
                oneLine(cli.run("validate", "locked"), ExitCodes.USAGE,
                        "skillpack: cannot read folder locked: permission denied");
                return;
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
        // root ignores file modes; a folder whose entries the kernel refuses to list even to root (in a
        // container, reading another process's map_files needs CAP_SYS_ADMIN of the first namespace)
        Path refusing = Path.of("/proc/1/map_files");
        assumeTrue(listingIsRefused(refusing), "running as root and " + refusing + " can be listed: no folder here"
                + " refuses to be read");
        oneLine(cli.run("validate", refusing.toString()), ExitCodes.USAGE,
                "skillpack: cannot read folder /proc/1/map_files: permission denied");
    }

    private static boolean listingIsRefused(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (java.nio.file.DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.iterator().hasNext();
            return false;
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return true;
        }
    }

    @Test
    void aSkillFileStandsForItsFolder() {
        CliRunner.Result r = cli.run("validate", "skills/a/SKILL.md");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).startsWith("skills/a/SKILL.md:7:3: error XT001(sample-todo) placeholder 'TODO' left in"
                + " the text [fixable]\n").endsWith("1 error, 0 warnings, 0 infos in 1 skill (1 file); target agentskills"
                + " (default)\n");
    }

    @Test
    void brokenConfigPrintsEachProblemWithItsPositionAndExits2() {
        TempSkills.write(dir, ".skillpack.yaml", "rules:\n  XT001: loud\ntarget: cursor\n");
        CliRunner.Result r = cli.run("validate", "skills");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(".skillpack.yaml:2:10: bad severity 'loud' for XT001; use off, info, warning or"
                + " error\n.skillpack.yaml:3:9: unknown target 'cursor'; use agentskills, claude-code or codex\n");
        TempSkills.write(dir, "other.yaml", "rules: [\n");
        CliRunner.Result yaml = cli.run("validate", "skills", "--config", "other.yaml");
        assertThat(yaml.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(yaml.err()).startsWith("other.yaml:").contains("config is not valid YAML").doesNotContain("\tat ");
    }

    @Test
    void configFoundAboveThePathAppliesItsSettings() {
        TempSkills.write(dir, ".skillpack.yaml", """
                rules:
                  sample-todo: warning
                overrides:
                  - paths: [b]
                    rules: {XT002: off}
                """);
        CliRunner.Result r = cli.run("validate", "skills", "--format", "github");
        assertThat(r.out()).isEqualTo("::warning file=skills/a/SKILL.md,line=7,col=3,endLine=7,endColumn=7,"
                + "title=XT001(sample-todo)::placeholder 'TODO' left in the text\n");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("validate", "skills", "--fail-on", "warning").exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void failOnRuleAndDisableSelectWhatCounts() {
        assertThat(cli.run("validate", "skills").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.run("validate", "skills", "--fail-on", "none").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("validate", "skills", "--disable", "XT001").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("validate", "skills", "--disable", "XT001", "--fail-on", "info").exitCode())
                .isEqualTo(ExitCodes.FINDINGS);
        CliRunner.Result only = cli.run("validate", "skills", "--rule", "sample-sprawl", "--format", "json");
        assertThat(only.out()).contains("\"ruleId\": \"XT002\"").doesNotContain("\"ruleId\": \"XT001\"");
        assertThat(only.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void targetComesFromTheOptionTheConfigOrTheInstallPath() {
        Rule showsTarget = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT020", "sample-target", Category.SPEC, Severity.INFO, "shows the target");
            }

            @Override
            public void checkSkill(Skill skill, RuleContext context) {
                context.report(skill.frontmatter().span(), "target " + context.target().id());
            }
        };
        TempSkills.skill(dir, "repo/.claude/skills/c", "Body.\n");
        TempSkills.skill(dir, "repo/.codex/skills/d", "Body.\n");
        CliRunner r = CliRunner.in(dir, List.of(showsTarget));
        assertThat(r.run("validate", "repo/.claude/skills", "--format", "github").out()).contains("::target claude-code");
        assertThat(r.run("validate", "repo/.codex/skills/d", "--format", "github").out()).contains("::target codex");
        assertThat(r.run("validate", "skills/a", "--format", "github").out()).contains("::target agentskills");
        assertThat(r.run("validate", "repo/.claude/skills", "--target", "codex", "--format", "github").out())
                .contains("::target codex");
        TempSkills.write(dir, "repo/.skillpack.yaml", "target: agentskills\n");
        assertThat(r.run("validate", "repo/.claude/skills", "--format", "github").out())
                .contains("::target agentskills");
    }

    @Test
    void aCrashingRuleExits3AfterTheReport() {
        Rule crashing = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT099", "sample-crash", Category.SPEC, Severity.INFO, "crashes");
            }

            @Override
            public void checkSkill(Skill skill, RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };
        CliRunner.Result r = CliRunner.in(dir, List.of(crashing)).run("validate", "skills/a");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.out()).contains("error XT099(sample-crash) rule crashed: java.lang.IllegalStateException: boom");
        assertThat(r.err()).isEqualTo("skillpack: 1 rule crash; this is a bug, please report it\n");
    }

    @Test
    void outputFileAndColours() throws IOException {
        CliRunner.Result toFile = cli.run("validate", "skills", "--output", "report.json", "--format", "json");
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("report.json"))).startsWith("{\n  \"version\": 1,");
        CliRunner.Result tty = cli.with(Map.of(), true).run("validate", "skills");
        assertThat(tty.out()).contains("\u001b[1;31merror\u001b[0m");
        assertThat(cli.with(Map.of("NO_COLOR", "1"), true).run("validate", "skills").out()).doesNotContain("\u001b[");
        assertThat(cli.with(Map.of(), false).run("validate", "skills").out()).doesNotContain("\u001b[");
        oneLine(cli.run("validate", "skills", "--output", "no/such/dir/r.txt"), ExitCodes.USAGE,
                "skillpack: cannot write no/such/dir/r.txt: no such file or folder");
    }

    @Test
    void baselineAcceptsTodaysFindingsAndReportsNewOnes() throws IOException {
        CliRunner.Result write = cli.run("validate", "skills", "--write-baseline", "baseline.json");
        assertThat(write.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(write.err()).isEqualTo("wrote 2 findings to baseline baseline.json\n");
        assertThat(Files.readString(dir.resolve("baseline.json"))).contains("\"path\": \"skills/a/SKILL.md\"");

        CliRunner.Result again = cli.run("validate", "skills", "--baseline", "baseline.json", "--fail-on", "info");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).isEqualTo("no problems in 2 skills (2 files); 2 suppressed; target agentskills (default)\n");

        Path a = dir.resolve("skills/a/SKILL.md");
        Files.writeString(a, Files.readString(a).replace("# A\n", "# A\n\nIntro.\n") + "\nAnother TODO.\n");
        CliRunner.Result later = cli.run("validate", "skills", "--baseline", "baseline.json", "--format", "json");
        assertThat(later.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(later.out()).contains("\"line\": 11").contains("\"errors\": 1").contains("\"suppressed\": 2");

        // from another directory the same baseline still matches: its paths are relative to its own folder
        CliRunner.Result elsewhere = CliRunner.in(dir.resolve("skills"), SampleRules.all())
                .run("validate", "a", "--baseline", "../baseline.json", "--format", "json");
        assertThat(elsewhere.out()).contains("\"suppressed\": 1");
    }

    @Test
    void fixWritesFilesAndDryRunOnlyPrintsADiff() throws IOException {
        Path a = dir.resolve("skills/a/SKILL.md");
        String before = Files.readString(a);
        CliRunner.Result dry = cli.run("validate", "skills", "--fix", "--dry-run");
        assertThat(dry.out()).isEqualTo("--- a/skills/a/SKILL.md\n+++ b/skills/a/SKILL.md\n@@ -4,4 +4,4 @@\n ---\n"
                + " # A\n \n-A TODO here.\n+A Done here.\n");
        assertThat(dry.err()).isEqualTo("would fix 1 finding in 1 file\n");
        assertThat(Files.readString(a)).isEqualTo(before);

        CliRunner.Result fixed = cli.run("validate", "skills", "--fix");
        assertThat(fixed.err()).isEqualTo("fixed 1 finding in 1 file\n");
        assertThat(fixed.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fixed.out()).isEqualTo("skills/b/SKILL.md:7:1: info XT002(sample-sprawl) paragraph is sprawling"
                + " over 1 lines; split it [fixable: --unsafe-fixes]\n    This is sprawling.\n    ^~~~~~~~~~~~~~~~~~\n"
                + "0 errors, 0 warnings, 1 info in 2 skills (2 files); target agentskills (default)\n");
        assertThat(Files.readString(a)).isEqualTo(before.replace("TODO", "Done"));

        CliRunner.Result unsafe = cli.run("validate", "skills", "--unsafe-fixes");
        assertThat(unsafe.err()).isEqualTo("fixed 1 finding in 1 file\n");
        assertThat(Files.readString(dir.resolve("skills/b/SKILL.md"), StandardCharsets.UTF_8))
                .endsWith("# B\n\n\nThis is sprawling.\n");
    }

    @Test
    void helpAndVersion() {
        CliRunner.Result version = cli.run("--version");
        assertThat(version.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("skillpack ");
        CliRunner.Result help = cli.run("validate", "--help");
        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> options = new ArrayList<>(List.of("--format", "--output", "--config", "--fail-on", "--rule",
                "--disable", "--target", "--tokenizer", "--baseline", "--write-baseline", "--fix", "--unsafe-fixes",
                "--dry-run"));
        assertThat(help.out()).contains(options);
        CliRunner.Result bare = cli.run();
        assertThat(bare.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.err()).contains("Usage: skillpack").contains("validate").contains("to-prompt");
    }
}
