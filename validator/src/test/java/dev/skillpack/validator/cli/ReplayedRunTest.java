package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.TempSkills;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs replayed from the run cache: a hit prints the same bytes and exit code without running the
 * CLI; every change to an input, an option, the tool or the environment is a miss; a broken entry is a miss.
 */
class ReplayedRunTest {
    /** Runs start "later" than the files were written, so their time stamps are safely in the past. */
    private static final long LATER = 5_000;

    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private final List<List<String>> cliRuns = new ArrayList<>();
    private String tool = "skillpack test build 1";
    private Map<String, String> env;

    /** What one run printed and returned, and whether the CLI itself ran. */
    private record Run(int exitCode, String out, String err, boolean ranCli) {
    }

    @BeforeEach
    void pack() {
        env = Map.of("SKILLPACK_CACHE_DIR", cache.toString());
        TempSkills.skill(dir.resolve("pack"), "alpha", "# Alpha\n\nRead [the guide](references/guide.md).\n");
        TempSkills.write(dir.resolve("pack"), "alpha/references/guide.md", "# Guide\n\nSteps.\n");
        TempSkills.skill(dir.resolve("pack"), "Beta", "# Beta\n\nPlain.\n");
    }

    private Run run(String... args) {
        return run(System.currentTimeMillis() + LATER, args);
    }

    private Run run(long started, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int before = cliRuns.size();
        ReplayedRun.Cli cli = (a, o, e) -> {
            cliRuns.add(List.of(a));
            return SkillpackCli.execute(new CliEnvironment(dir,
                    new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), true),
                    new PrintWriter(new OutputStreamWriter(e, StandardCharsets.UTF_8), true), env, false,
                    () -> RuleRegistry.discover(getClass().getClassLoader()), CliRunner.VERSION), a);
        };
        int code = ReplayedRun.execute(args, started, new ReplayedRun.Surroundings(dir, env, false,
                Optional.of(tool), new PrintStream(out, true), new PrintStream(err, true), cli));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                cliRuns.size() > before);
    }

    private List<Path> entries() throws IOException {
        Path runs = cache.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(runs)) {
            return files.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void aHitPrintsTheSameBytesAndExitCodeWithoutRunningTheCli() throws IOException {
        Run first = run("validate", "pack");
        Run second = run("validate", "pack");

        assertThat(first.ranCli()).isTrue();
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("pack/Beta/SKILL.md:2:7: error SP010");
        assertThat(entries()).hasSize(1);
        assertThat(second.ranCli()).isFalse();
        assertThat(second).isEqualTo(new Run(first.exitCode(), first.out(), first.err(), false));
        Run json = run("validate", "--format", "json", "--fail-on", "none", "pack");
        Run jsonAgain = run("validate", "--format", "json", "--fail-on", "none", "pack");
        assertThat(json.ranCli()).isTrue();
        assertThat(jsonAgain.ranCli()).isFalse();
        assertThat(jsonAgain.out()).isEqualTo(json.out()).startsWith("{");
        assertThat(jsonAgain.exitCode()).isZero();
    }

    @Test
    void aReplayMarksItsStoredRunUsed() throws IOException {
        run("validate", "pack");
        Path stored = entries().get(0);
        Instant monthsAgo = Instant.now().minus(Duration.ofDays(60));
        Files.setLastModifiedTime(stored, FileTime.from(monthsAgo));

        assertThat(run("validate", "pack").ranCli()).isFalse();

        assertThat(Files.getLastModifiedTime(stored).toInstant()).isAfter(monthsAgo.plus(Duration.ofDays(59)));
    }

    @Test
    void editingAddingOrDeletingAFileIsAMiss() {
        run("validate", "pack");
        // same length, other bytes: only the file's status tells
        TempSkills.write(dir.resolve("pack"), "alpha/references/guide.md", "# Guide\n\nSteqs.\n");
        assertThat(run("validate", "pack").ranCli()).isTrue();
        assertThat(run("validate", "pack").ranCli()).isFalse();

        TempSkills.write(dir.resolve("pack"), "alpha/references/gone.md", "# Gone\n");
        Run added = run("validate", "pack");
        assertThat(added.ranCli()).isTrue();
        assertThat(added.out()).contains("alpha/references/gone.md");

        Path gone = dir.resolve("pack/alpha/references/gone.md");
        assertThat(gone.toFile().delete()).isTrue();
        Run deleted = run("validate", "pack");
        assertThat(deleted.ranCli()).isTrue();
        assertThat(deleted.out()).doesNotContain("gone.md");
    }

    @Test
    void anEditShowsAtOnceAndMatchesAFreshRun() {
        run("validate", "--format", "json", "pack");
        run("validate", "--format", "json", "pack");
        TempSkills.write(dir.resolve("pack"), "alpha/references/guide.md", "# Guide\n\nSee [missing](gone.md).\n");

        Run edited = run("validate", "--format", "json", "pack");
        Run fresh = run("validate", "--format", "json", "--no-cache", "pack");

        assertThat(edited.ranCli()).isTrue();
        assertThat(edited.out()).contains("\"ruleId\": \"SP206\"").isEqualTo(fresh.out());
    }

    @Test
    void aConfigFileAboveThePackOrAnOptionOrTheToolChangedIsAMiss() throws IOException {
        run("validate", "pack");
        assertThat(run("validate", "pack").ranCli()).isFalse();

        Files.writeString(dir.resolve(".skillpack.yaml"), "rules:\n  SP010: off\n");
        Run configured = run("validate", "pack");
        assertThat(configured.ranCli()).isTrue();
        assertThat(configured.out()).doesNotContain("SP010");
        assertThat(run("validate", "pack").ranCli()).isFalse();

        Files.writeString(dir.resolve(".skillpack.yaml"), "rules:\n  SP010: warning\n");
        assertThat(run("validate", "pack").out()).contains("warning SP010");

        assertThat(run("validate", "--fail-on", "warning", "pack").ranCli()).isTrue();
        assertThat(run("validate", "--fail-on", "warning", "pack").ranCli()).isFalse();
        tool = "skillpack test build 2";
        assertThat(run("validate", "pack").ranCli()).isTrue();
        env = Map.of("SKILLPACK_CACHE_DIR", cache.toString(), "FORCE_COLOR", "1");
        assertThat(run("validate", "pack").ranCli()).isTrue();
    }

    @Test
    void aPermissionChangeIsAMiss() throws IOException {
        Path script = TempSkills.write(dir.resolve("pack"), "alpha/scripts/run.sh", "#!/bin/sh\necho hi\n");
        run("validate", "pack");
        assertThat(run("validate", "pack").ranCli()).isFalse();
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run("validate", "pack").ranCli()).isTrue();
    }

    @Test
    void aNewCommitOrTagIsAMissOtherBranchesAreNot() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("pack").call();
            git.commit().setMessage("first").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
            run("validate", "pack");
            assertThat(run("validate", "pack").ranCli()).isFalse();

            git.tag().setName("alpha-v1.0.0").setAnnotated(false).call();
            assertThat(run("validate", "pack").ranCli()).isTrue();
            assertThat(run("validate", "pack").ranCli()).isFalse();

            git.branchCreate().setName("elsewhere").call();
            assertThat(run("validate", "pack").ranCli()).isFalse();

            git.commit().setMessage("second").setAllowEmpty(true).setAuthor("t", "t@example.com")
                    .setCommitter("t", "t@example.com").setSign(false).call();
            assertThat(run("validate", "pack").ranCli()).isTrue();
        }
    }

    @Test
    void aCorruptOrTruncatedEntryIsAMissNeverAnError() throws IOException {
        Run first = run("validate", "pack");
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(entry, bytes);
        Run flipped = run("validate", "pack");
        assertThat(flipped).isEqualTo(new Run(first.exitCode(), first.out(), first.err(), true));

        Files.write(entry, java.util.Arrays.copyOf(Files.readAllBytes(entry), 40));
        assertThat(run("validate", "pack")).isEqualTo(new Run(first.exitCode(), first.out(), first.err(), true));
        Files.write(entry, new byte[0]);
        assertThat(run("validate", "pack")).isEqualTo(new Run(first.exitCode(), first.out(), first.err(), true));
        assertThat(run("validate", "pack").ranCli()).isFalse();
    }

    @Test
    void filesChangedJustBeforeTheRunAreNotTrustedSoNothingIsStored() throws IOException {
        run(System.currentTimeMillis(), "validate", "pack");
        assertThat(entries()).isEmpty();
        assertThat(run("validate", "pack").ranCli()).isTrue();
        assertThat(entries()).hasSize(1);
    }

    @Test
    void noCacheSideEffectsAndUsageErrorsAlwaysRunTheCli() throws IOException {
        for (List<String> args : List.of(List.of("validate", "--no-cache", "pack"),
                List.of("validate", "--output", "report.txt", "pack"),
                List.of("validate", "--fix", "pack"),
                List.of("validate", "--write-baseline", "baseline.json", "pack"),
                List.of("validate", "missing-folder"),
                List.of("validate", "--format", "nonsense", "pack"))) {
            run(args.toArray(String[]::new));
            assertThat(run(args.toArray(String[]::new)).ranCli()).as("%s", args).isTrue();
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void withoutACacheFolderOrAToolIdentityTheCliRuns() {
        env = Map.of();
        run("validate", "pack");
        assertThat(run("validate", "pack").ranCli()).isTrue();
    }
}
