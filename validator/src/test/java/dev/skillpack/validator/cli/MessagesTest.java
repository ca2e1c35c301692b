package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages issue 14 lists, as a new user meets them on the command line. */
class MessagesTest {
    private static final String SKILL = "---\nname: %s\ndescription: Formats release notes. Use when the user asks "
            + "for release notes.\n---\n# Release notes\n\nWrite one line per change.\n";

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void pack() {
        TempSkills.write(dir, "pack/formatting-notes/SKILL.md", SKILL.formatted("formatting-notes"));
        TempSkills.write(dir, "pack/writing-changelogs/SKILL.md", SKILL.formatted("writing-changelogs"));
        cli = CliRunner.in(dir, BuiltinRules.all());
    }

    @Test
    void aPackFolderGivenWhereOneSkillIsWantedListsTheSkills() {
        String expected = "skillpack: pack is not a skill but a folder of 2 skills (pack/formatting-notes, "
                + "pack/writing-changelogs); give one skill folder, e.g. skillpack %s pack/formatting-notes\n";
        CliRunner.Result properties = cli.run("read-properties", "pack");
        assertThat(properties.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(properties.err()).isEqualTo(expected.formatted("read-properties"));
        assertThat(cli.run("to-prompt", "pack").err()).isEqualTo(expected.formatted("to-prompt"));
        TempSkills.write(dir, "empty/notes.txt", "nothing here\n");
        assertThat(cli.run("to-prompt", "empty").err()).isEqualTo("skillpack: no SKILL.md in empty or any folder "
                + "below it; give a skill folder (one holding SKILL.md)\n");
    }

    @Test
    void aMistypedAliasGetsDidYouMean() {
        CliRunner.Result result = cli.run("rules", "body-token");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("skillpack: unknown rule 'body-token'; did you mean 'body-tokens'?; run "
                + "'skillpack rules' to list ids and aliases\n");
    }

    @Test
    void aConfigFileThatIsAFolderIsReported() throws IOException {
        Files.createDirectories(dir.resolve("pack/.skillpack.yaml"));
        CliRunner.Result result = cli.run("validate", "pack");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("pack/.skillpack.yaml:1:1: is a folder, not a config file; remove or "
                + "rename it, and write the settings into a file named .skillpack.yaml\n");
    }

    @Test
    void aConfigYamlErrorCarriesNoFrontMatterHint() {
        TempSkills.write(dir, "pack/.skillpack.yaml", "rules: SP101: off\n");
        CliRunner.Result result = cli.run("validate", "pack");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("pack/.skillpack.yaml:1:13: config is not valid YAML: mapping values are "
                + "not allowed here; a value containing ': ' must be quoted\n");
    }

    @Test
    void tokensTakesSeveralPathsAndCountsInTheSingular() {
        TempSkills.write(dir, "one/a/SKILL.md", "---\nname: a\ndescription: x\n---\n");
        CliRunner.Result result = cli.run("tokens", "pack/formatting-notes", "pack/writing-changelogs");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("pack/formatting-notes (o200k_base)\n", "pack/writing-changelogs (o200k_base)\n")
                .endsWith("pack: 2 skills, 36 metadata tokens always loaded\n");
        CliRunner.Result tiny = cli.run("tokens", "one/a");
        assertThat(tiny.out()).contains("  metadata (name + description, loaded for every installed skill): 3 tokens\n");
    }

    @Test
    void aWholeFileFindingOverABlankFirstLinePrintsNoEmptyFrame() {
        TempSkills.write(dir, "pack/formatting-notes/references/style.md", "\n\nKeep it short.\n");
        CliRunner.Result result = cli.run("validate", "pack/formatting-notes", "--rule", "SP215");
        assertThat(result.out()).startsWith("pack/formatting-notes/references/style.md:1:1: warning "
                + "SP215(reference-not-named) references/style.md is never named in SKILL.md; agents read the "
                + "references they are sent to and skip the rest — add a line such as \"Read references/style.md "
                + "when …\" to SKILL.md\n0 errors, 1 warning").doesNotContain("\n    \n    ^");
    }

    @Test
    void oneFileIsOneFile() {
        TempSkills.write(dir, "single/.skillpack.yaml", "rules:\n  SP108: {options: {max-bytes: 10}}\n");
        TempSkills.write(dir, "single/formatting-notes/SKILL.md", SKILL.formatted("formatting-notes"));
        CliRunner.Result result = cli.run("validate", "single", "--rule", "SP108", "--format", "json");
        assertThat(result.out()).contains("\"message\": \"the skill's 1 file totals 153 bytes; the limit is 10 bytes");
    }
}
