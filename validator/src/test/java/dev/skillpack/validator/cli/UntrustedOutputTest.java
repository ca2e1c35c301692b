package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pack full of terminal escape sequences, CI workflow commands and newline-bearing file names, run
 * through every report format and every command with the built-in rules. Asserts on what is written:
 * no raw control character but the line feed (and, on a terminal, the report's own colours), and no
 * line that a GitHub Actions runner would take for a workflow command.
 */
class UntrustedOutputTest {
    private static final String ESC = "\u001b";
    /** What a runner sees as a command: optional white space, then {@code ::}. */
    private static final Pattern COMMAND = Pattern.compile("^[\\s\\u00a0\\u2000-\\u200a\\u3000]*::");
    private static final Pattern GITHUB_LINE = Pattern.compile(
            "::(error|warning|notice) file=[^:,\\n]*,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[^:,\\n]*::[^\\n]*");
    private static final String HOSTILE_BODY = "# Evil\n\n"

            + "TODO ESC " + ESC + "[31mred" + ESC + "[0m, title " + ESC + "]0;pwned\u0007, link " + ESC
            + "]8;;https://evil.example\u0007here" + ESC + "]8;;\u0007, BS \b\b\b, DEL \u007f, CSI \u009b2J, "
            + "RLO \u202e, tag \uDB40\uDC41, CR \r over.\n\n"
            + "See [the guide](references/guide.md), [commands](references/command.md) and "
            + "[masks](references/mask.md).\n";

    @TempDir
    Path dir;
    private CliRunner cli;
    private boolean hostileNames;

    @BeforeEach
    void hostilePack() throws IOException {
        TempSkills.write(dir, "skills/evil/SKILL.md", "---\nname: evil\n"
                + "description: \"Reads \\e]0;pwned\\a PDFs \\e[2J. Use when \\u202e testing \\b\\x7f.\"\n---\n"
                + HOSTILE_BODY);
        TempSkills.write(dir, "skills/evil/references/guide.md", "# Guide\n\n" + ESC + "[2J cleared\n");
        TempSkills.write(dir, "skills/evil/references/command.md",
                "# Command\n\n::error file=README.md,line=1::injected TODO from the body\n");
        TempSkills.write(dir, "skills/evil/references/mask.md", "# Mask\n\n  ::add-mask::secret TODO after two spaces\n");
        hostileNames = tryWrite("skills/evil/scripts/run" + ESC + "]0;title\u0007.sh", "echo hi\n")
                & tryWrite("skills/evil/notes\n::error file=x::name.md", "# Notes\n")
                & tryWrite("skills/evil/bell\u0007\b\u007f\u009b.txt", "text\n")
                & tryWrite("skills/bad\n::warning::folder/SKILL.md", "---\nname: other\ndescription: Test. Use when"
                        + " testing.\n---\n# X\n");
        List<Rule> rules = new ArrayList<>(BuiltinRules.all());
        rules.addAll(SampleRules.all());
        cli = CliRunner.in(dir, rules);
    }

    private boolean tryWrite(String path, String text) {
        try {
            TempSkills.write(dir, path, text);
            return true;
        } catch (InvalidPathException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    @Test
    void everyReportFormatWritesNoControlCharacterAndNoWorkflowCommand() throws IOException {
        assumeTrue(hostileNames, "this file system refuses control characters in file names");
        for (String format : List.of("text", "json", "sarif", "github", "junit", "gitlab")) {
            CliRunner.Result r = cli.run("validate", "skills", "--format", format);
            assertThat(r.exitCode()).as(format).isEqualTo(ExitCodes.FINDINGS);
            assertSafe(format, r.out(), format.equals("github"));
            assertSafe(format + " stderr", r.err(), false);
            Files.deleteIfExists(dir.resolve("report.out"));
            CliRunner.Result toFile = cli.run("validate", "skills", "--format", format, "--output", "report.out");
            assertThat(toFile.exitCode()).isEqualTo(ExitCodes.FINDINGS);
            String written = Files.readString(dir.resolve("report.out"), StandardCharsets.UTF_8);
            assertThat(written).as(format + " file").isEqualTo(r.out());
            if (format.equals("json") || format.equals("sarif") || format.equals("gitlab")) {
                JsonMapper.builder().build().readTree(written);
            }
        }
    }

    @Test
    void theTextReportShowsHostileDataAsVisibleEscapes() {
        assumeTrue(hostileNames, "this file system refuses control characters in file names");
        String out = cli.run("validate", "skills").out();
        assertThat(out).contains("skills/evil/notes\\u000a::error file=x::name.md")
                .contains("skills/evil/scripts/run\\u001b]0;title\\u0007.sh")
                .contains("skills/bad\\u000a::warning::folder/SKILL.md")
                .contains("\n    \\u003a:error file=README.md,line=1::injected TODO from the body\n")
                .contains("\n      \\u003a:add-mask::secret TODO after two spaces\n")
                .contains("\n    TODO ESC \\u001b[31mred\\u001b[0m, title \\u001b]0;pwned\\u0007, link \\u001b]8;;https://evil.example"
                        + "\\u0007here\\u001b]8;;\\u0007, BS \\u0008\\u0008\\u0008, DEL \\u007f, CSI \\u009b2J, RLO \\u202e, "
                        + "tag \\u{e0041}, CR \\u000d over.\n");
    }

    @Test
    void aFiveMegabyteLineIsCutToAWindowAroundTheSpan() {
        TempSkills.skill(dir, "long/huge", "# Huge\n\n" + "x".repeat(5_000_000) + " TODO " + ESC + "[2J ::warning:: end.\n");
        CliRunner.Result r = CliRunner.in(dir, SampleRules.all()).run("validate", "long");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEqualTo("long/huge/SKILL.md:7:5000002: error XT001(sample-todo) placeholder 'TODO' left in"
                + " the text [fixable]\n    \u2026" + "x".repeat(133) + " TODO \\u001b[2J ::warning:: end.\n"
                + "    " + " ".repeat(135) + "^~~~\n"
                + "1 error, 0 warnings, 0 infos in 1 skill (1 file); target agentskills (default)\n");
    }

    @Test
    void onATerminalOnlyTheReportsOwnColoursAreEscapeSequences() {
        assumeTrue(hostileNames, "this file system refuses control characters in file names");
        String out = cli.with(Map.of(), true).run("validate", "skills").out();
        assertThat(out).contains(ESC + "[1;31m");
        String withoutColours = out.replaceAll("\u001b\\[[0-9;]*m", "");
        assertSafe("tty", withoutColours, false);
    }

    @Test
    void otherCommandsEscapeToo() {
        assumeTrue(hostileNames, "this file system refuses control characters in file names");
        CliRunner.Result prompt = cli.run("to-prompt", "skills/evil");
        assertThat(prompt.exitCode()).isEqualTo(ExitCodes.OK);
        assertSafe("to-prompt", prompt.out(), false);
        assertThat(prompt.out()).contains("Reads \\u001b]0;pwned\\u0007 PDFs \\u001b[2J. Use when \\u202e testing "
                + "\\u0008\\u007f.");

        CliRunner.Result props = cli.run("read-properties", "skills/evil");
        assertThat(props.exitCode()).isEqualTo(ExitCodes.OK);
        assertSafe("read-properties", props.out(), false);

        for (String format : List.of("text", "json")) {
            CliRunner.Result tokens = cli.run("tokens", "skills", "--format", format);
            assertThat(tokens.exitCode()).as(tokens.err()).isEqualTo(ExitCodes.OK);
            assertSafe("tokens " + format, tokens.out(), false);
        }

        CliRunner.Result missing = cli.run("validate", "no" + ESC + "[2Jsuch\n::error::dir");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertSafe("usage error", missing.err(), false);
        CliRunner.Result badOption = cli.run("validate", "--format", "x" + ESC + "]0;t\u0007", "skills");
        assertSafe("bad option", badOption.err(), false);

        CliRunner.Result dryRun = cli.run("validate", "skills", "--fix", "--dry-run");
        assertSafe("dry run", dryRun.out(), false);
        assertSafe("dry run stderr", dryRun.err(), false);
    }

    @Test
    void aBrokenSkillFileReportsItsProblemOnOneSafeLine() {
        TempSkills.write(dir, "plain/broken\u0007/SKILL.md", "no front matter " + ESC + "[2J\n");
        CliRunner.Result r = cli.run("read-properties", "plain/broken\u0007");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertSafe("read-properties broken", r.err(), false);
        assertThat(r.err()).startsWith("plain/broken\\u0007/SKILL.md:1:1: ");
    }

    static void assertSafe(String what, String out, boolean githubFormat) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f);
            assertThat(control).as("%s: raw U+%04X at %d in ...%s...", what, (int) c, i,
                    out.substring(Math.max(0, i - 40), Math.min(out.length(), i + 40))).isFalse();
            assertThat(c == '\u202e' || c == '\u2066' || (c >= '\u200b' && c <= '\u200f') || Character.isSurrogate(c)
                    && out.codePointAt(Character.isHighSurrogate(c) ? i : i - 1) >= 0xE0000
                    && out.codePointAt(Character.isHighSurrogate(c) ? i : i - 1) <= 0xE007F)
                    .as("%s: raw invisible U+%04X at %d", what, (int) c, i).isFalse();
        }
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            assertThat(b == 0x1b || b == 0x07 || b == 0x08 || b == 0x7f || b == 0x0d || b == 0x00)
                    .as("%s: raw byte 0x%02x", what, b).isFalse();
        }
        for (String line : out.split("\n", -1)) {
            if (githubFormat && !line.isEmpty()) {
                assertThat(line).as(what).matches(GITHUB_LINE);
            } else {
                assertThat(COMMAND.matcher(line).find()).as("%s: workflow command line: %s", what,
                        line.length() > 200 ? line.substring(0, 200) : line).isFalse();
            }
        }
    }
}
