package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "skills done / total" on standard error: drawn in place on a terminal for packs of 20 skills or more,
 * cleared at the end; never in CI, never when the output is not a terminal, never with --quiet.
 */
class ProgressLineTest {
    private static final String REDRAW = "\u001b[1G\u001b[2K";

    @TempDir
    Path dir;

    @Test
    void drawsTheFirstAndLastCountAndAtMostOneRedrawPerInterval() {
        StringWriter out = new StringWriter();
        long[] now = {1_000};
        ProgressLine line = new ProgressLine(new PrintWriter(out, true), () -> now[0]);
        line.skillChecked(1, 25);
        now[0] += 50;
        line.skillChecked(2, 25); // within 100 ms of the last redraw: skipped
        now[0] += 60;
        line.skillChecked(3, 25);
        line.skillChecked(4, 25);
        line.skillChecked(25, 25);
        assertThat(out.toString()).isEqualTo(REDRAW + "validating: 1/25 skills" + REDRAW + "validating: 3/25 skills"
                + REDRAW + "validating: 25/25 skills" + REDRAW);
    }

    @Test
    void smallPacksGetNoLineAndThousandsAreGrouped() {
        StringWriter out = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(out, true), () -> 0);
        for (int i = 1; i <= ProgressLine.MIN_SKILLS - 1; i++) {
            line.skillChecked(i, ProgressLine.MIN_SKILLS - 1);
        }
        assertThat(out.toString()).isEmpty();
        line.skillChecked(1, 1200);
        assertThat(out.toString()).isEqualTo(REDRAW + "validating: 1/1,200 skills");
    }

    private Path pack(int skills) throws Exception {
        Path pack = dir.resolve("pack-" + skills);
        for (int i = 0; i < skills; i++) {
            Path skill = Files.createDirectories(pack.resolve("note-" + i));
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: note-" + i + "\ndescription: Takes note " + i
                    + ". Use when asked to write note " + i + " down.\n---\n\n# Note " + i + "\n\nWrite it down.\n");
        }
        return pack;
    }

    @Test
    void onATerminalTheCliShowsProgressOnStderrAndClearsIt() throws Exception {
        pack(25);
        CliRunner.Result r = CliRunner.in(dir, BuiltinRules.all()).with(Map.of(), true)
                .run("validate", "pack-25", "--color", "never");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.err()).startsWith(REDRAW + "validating: 1/25 skills")
                .endsWith(REDRAW + "validating: 25/25 skills" + REDRAW);
        assertThat(r.out()).startsWith("no problems in 25 skills").doesNotContain("validating");
    }

    @Test
    void neverInCiWhenPipedQuietOrOnADumbTerminal() throws Exception {
        pack(25);
        CliRunner terminal = CliRunner.in(dir, BuiltinRules.all());
        assertThat(terminal.with(Map.of("CI", "true"), true).run("validate", "pack-25").err()).isEmpty();
        assertThat(terminal.with(Map.of("TERM", "dumb"), true).run("validate", "pack-25").err()).isEmpty();
        assertThat(terminal.with(Map.of(), false).run("validate", "pack-25").err()).isEmpty();
        assertThat(terminal.with(Map.of(), true).run("validate", "pack-25", "--quiet").err()).isEmpty();
        assertThat(terminal.with(Map.of("CI", "false"), true).run("validate", "pack-25").err())
                .contains("validating: 25/25 skills");
    }
}
