package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --watch} end to end: a file edited under the running command shows up in the next report. */
class ValidateWatchTest {
    @TempDir
    Path dir;

    @Test
    void anEditShowsUpInTheNextReportAndOnlyThatSkillIsRead() throws Exception {
        TempSkills.skill(dir, "skills/a", "# A\n\nA TODO here.\n");
        TempSkills.skill(dir, "skills/b", "# B\n\nAll done.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(dir, new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                false, () -> RuleRegistry.of(SampleRules.all()), "0.0.0-test");
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> exit.set(SkillpackCli.execute(env, "validate", "--watch", "skills")));
        command.start();
        waitFor(() -> out.toString().contains("[watch] watching 1 folder"));
        assertThat(out.toString()).contains("skills/a/SKILL.md:").doesNotContain("skills/b/SKILL.md:");

        Files.writeString(dir.resolve("skills/b/SKILL.md"), "Another TODO.\n", StandardOpenOption.APPEND);
        waitFor(() -> out.toString().contains("validated skills/b again"));
        command.interrupt();
        command.join(10_000);

        String second = out.toString().substring(out.toString().indexOf("[watch] watching"));
        assertThat(second).contains("skills/a/SKILL.md:").contains("skills/b/SKILL.md:")
                .contains("[watch] changed: skills/b/SKILL.md; validated skills/b again\n");
        assertThat(exit.get()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void watchRefusesOutputFiles() {
        TempSkills.skill(dir, "skills/a", "# A\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(dir, new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                false, () -> RuleRegistry.of(SampleRules.all()), "0.0.0-test");
        int code = SkillpackCli.execute(env, "validate", "--watch", "--output", "r.txt", "skills");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("skillpack: --watch prints each report to stdout; use it without --output,"
                + " --fix and --write-baseline\n");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
