package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fix} is byte-exact: outside its edits every byte stays (BOM and CRLF included), line endings are
 * converted only when SP221's fix is asked for, the dry run prints exactly what is written, and only files
 * really written are counted.
 */
class HonestFixTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String ORIGINAL = "---\r\nname: demo\r\ndescription: Formats demo files. Use when the user"
            + " asks for a demo.\r\n---\r\n# Demo\r\n\r\nRead [the guide](references\\guide.md) first.\r\n\r\n"
            + "Then run it.";

    @TempDir
    Path dir;
    private CliRunner cli;
    private Path skill;

    @BeforeEach
    void crlfSkillWithBom() throws IOException {
        skill = dir.resolve("skills/demo/SKILL.md");
        Files.createDirectories(skill.resolveSibling("references"));
        Files.write(skill, bytes(ORIGINAL));
        Files.writeString(skill.resolveSibling("references/guide.md"), "# Guide\n\nSteps.\n");
        cli = CliRunner.in(dir, BuiltinRules.all());
    }

    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void plainFixEditsOnlyTheFindingsAndKeepsCrlfAndBom() throws IOException {
        CliRunner.Result dry = cli.run("validate", "skills", "--fix", "--dry-run");
        assertThat(dry.out()).isEqualTo("--- a/skills/demo/SKILL.md\n+++ b/skills/demo/SKILL.md\n@@ -4,6 +4,6 @@\n"
                + " ---\r\n # Demo\r\n \r\n"
                + "-Read [the guide](references\\guide.md) first.\r\n"
                + "+Read [the guide](references/guide.md) first.\r\n"
                + " \r\n-Then run it.\n\\ No newline at end of file\n+Then run it.\r\n");
        assertThat(dry.err()).isEqualTo("would fix 2 findings in 1 file\n");
        assertThat(Files.readAllBytes(skill)).isEqualTo(bytes(ORIGINAL));

        CliRunner.Result fixed = cli.run("validate", "skills", "--fix", "--format", "json");
        assertThat(fixed.err()).isEqualTo("fixed 2 findings in 1 file\n");
        assertThat(Files.readAllBytes(skill)).isEqualTo(bytes(ORIGINAL.replace("references\\guide", "references/guide")
                + "\r\n"));
        // the line-ending finding stays, unfixed, and nothing is mixed
        assertThat(fixed.out()).contains("\"ruleId\": \"SP221\"").contains("on 9 of 9 lines")
                .doesNotContain("\"ruleId\": \"SP220\"");
    }

    @Test
    void lineEndingsAreConvertedOnlyWhenTheirRuleIsAskedFor() throws IOException {
        CliRunner.Result dry = cli.run("validate", "skills", "--fix", "--dry-run", "--rule", "line-endings");
        assertThat(dry.out()).startsWith("--- a/skills/demo/SKILL.md\n+++ b/skills/demo/SKILL.md\n@@ -1,9 +1,9 @@\n"
                + "----\r\n-name: demo\r\n").contains("\n+---\n+name: demo\n")
                .contains("\n-\r\n+---\n").endsWith(" first.\n+\n Then run it.\n\\ No newline at end of file\n");
        assertThat(dry.err()).isEqualTo("would fix 1 finding in 1 file\n");

        CliRunner.Result fixed = cli.run("validate", "skills", "--fix", "--rule", "SP221", "--rule", "SP220");
        assertThat(fixed.err()).isEqualTo("fixed 2 findings in 1 file\n");
        // the final line break SP220 adds follows the converted file: LF, not a stray CRLF
        assertThat(Files.readAllBytes(skill)).isEqualTo(bytes(ORIGINAL.replace("\r\n", "\n") + "\n"));
    }

    @Test
    void configCanLetPlainFixConvertLineEndings() throws IOException {
        Files.writeString(dir.resolve(".skillpack.yaml"), "rules:\n  line-endings:\n    options:\n"
                + "      fix-with-others: true\n");
        CliRunner.Result fixed = cli.run("validate", "skills", "--fix");
        assertThat(fixed.err()).isEqualTo("fixed 3 findings in 1 file\n");
        assertThat(Files.readAllBytes(skill)).isEqualTo(bytes(ORIGINAL.replace("\r\n", "\n")
                .replace("references\\guide", "references/guide") + "\n"));
    }

    @Test
    void aFixThatCannotBeWrittenIsNamedNotCountedAndExitsNonZero() throws IOException {
        // runs as root too: a name that fits the file system but leaves no room for the temporary file beside it
        String longName = "g".repeat(240) + ".md";
        Files.writeString(skill.resolveSibling("references/" + longName), "# Long\n\nNo final break.");
        Files.write(skill, bytes(ORIGINAL.replace("first.", "first, then [the long one](references/" + longName
                + ").") + "\r\n"));
        CliRunner.Result fixed = cli.run("validate", "skills", "--fix", "--fail-on", "none");
        assertThat(fixed.exitCode()).isEqualTo(ExitCodes.FIX_FAILED);
        assertThat(fixed.err()).isEqualTo("skills/demo/references/" + longName + ": not fixed: file name too long\n"
                + "fixed 1 finding in 1 file; 1 file could not be written\n");
        assertThat(Files.readString(skill.resolveSibling("references/" + longName))).isEqualTo("# Long\n\nNo final break.");
        try (var files = Files.list(skill.resolveSibling("references"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("guide.md", longName);
        }
    }
}
