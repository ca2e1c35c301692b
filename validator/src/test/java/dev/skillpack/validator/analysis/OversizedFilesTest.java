package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ReadingLimits;
import dev.skillpack.validator.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text file over the analysis limit (SP110) still gets the character-level security checks and, for SKILL.md,
 * the front-matter checks, at the right lines; no rule that analyses Markdown, prose or tokens reads it. The limit
 * is lowered to a few hundred bytes so the files stay small.
 */
class OversizedFilesTest {
    private static final String SKILL_MD = "---\n"
            + "name: other-name\n"
            + "description: Fills PDF forms. Use when a PDF form must be filled.\n"
            + "---\n"
            + "# Big\n"
            + "\n"
            + "Read [the notes](references/notes.md) first.\n"
            + "You might want to group changes by type.\n"
            + "Keep it short.\u200Bnow\n"
            + "Hidden\uDB40\uDC41\uDB40\uDC42 tag.\n"
            + "Use the key AKIAQ3EGRZ7NV2XKJH4T for uploads.\n"
            + "\n"
            + "Fill each field of the form with the value the user gave for it.\n".repeat(8);
    private static final String NOTES = "# Notes\n\nMaybe add an emoji to each heading.\n"
            + "export GITHUB_TOKEN=ghp_R8fK2mQ9vLx3TzW7pN4bJ6hY1cD5sA0eG2uI\n"
            + "A line of notes about the fields of the form.\n".repeat(12);

    @TempDir
    Path temp;

    private Path skill() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("big"));
        Files.writeString(folder.resolve("SKILL.md"), SKILL_MD, StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("references"));
        Files.writeString(folder.resolve("references/notes.md"), NOTES, StandardCharsets.UTF_8);
        return folder;
    }

    private static List<String> findings(Path folder, long analysedBytes) {
        SkillParser parser = SkillParser.builder()
                .limits(ReadingLimits.defaults().parse().withMaxAnalysedBytes(analysedBytes)).build();
        List<Finding> findings = Validator.builder().parser(parser).build().validate(folder).findings();
        String prefix = findings.isEmpty() ? "" : findings.get(0).span().path().substring(0,
                findings.get(0).span().path().indexOf("big/") + 4);
        return findings.stream().map(f -> f.span().path().substring(prefix.length()) + ":" + f.span().line() + " "
                + f.ruleId()).toList();
    }

    @Test
    void characterScansAndFrontMatterChecksStillRunOnAFileOverTheLimit() throws IOException {
        Path folder = skill();
        assertThat(SKILL_MD.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(700);
        assertThat(findings(folder, 500)).containsExactly(
                "SKILL.md:1 SP110",
                "SKILL.md:2 SP011",
                "SKILL.md:9 SP403",
                "SKILL.md:10 SP401",
                "SKILL.md:11 SP420",
                "references/notes.md:1 SP110",
                "references/notes.md:4 SP420");
    }

    @Test
    void aSkillFileOverTheLimitLeavesTheOtherFilesAnalysedAsIfItNamedThemAll() throws IOException {
        Path folder = skill();
        assertThat(NOTES.length()).isLessThan(700);
        // notes.md is under the limit: the prose rules read it; nothing says it is unnamed, since nobody read SKILL.md
        assertThat(findings(folder, 700)).containsExactly(
                "SKILL.md:1 SP110",
                "SKILL.md:2 SP011",
                "SKILL.md:9 SP403",
                "SKILL.md:10 SP401",
                "SKILL.md:11 SP420",
                "references/notes.md:3 SP301",
                "references/notes.md:4 SP420");
    }

    @Test
    void theSameFilesUnderTheLimitAreAnalysedInDepth() throws IOException {
        // the control: with the default limit the prose rules see both files, so the test above can fail
        List<String> all = findings(skill(), ReadingLimits.DEFAULT_ANALYSED_BYTES);
        assertThat(all).contains("SKILL.md:2 SP011", "SKILL.md:8 SP301", "SKILL.md:9 SP403", "SKILL.md:10 SP401",
                "SKILL.md:11 SP420", "references/notes.md:3 SP301", "references/notes.md:4 SP420");
        assertThat(all).noneMatch(f -> f.endsWith("SP110"));
    }

    @Test
    void theFindingSaysWhichFileHowLargeTheLimitAndWhatToDo() throws IOException {
        SkillParser parser = SkillParser.builder()
                .limits(ReadingLimits.defaults().parse().withMaxAnalysedBytes(500)).build();
        List<Finding> findings = Validator.builder().parser(parser).build().validate(skill()).findings();
        assertThat(findings.stream().filter(f -> f.ruleId().equals("SP110")).map(Finding::message)).containsExactly(
                "SKILL.md is " + SKILL_MD.getBytes(StandardCharsets.UTF_8).length + " bytes, over the limit of 500"
                        + " bytes for a file to be analysed, so only its front matter and its characters were checked:"
                        + " split it into smaller files that SKILL.md names, or raise the limit if it must be this"
                        + " large (limits: analysed-bytes in .skillpack.yaml)",
                "references/notes.md is " + NOTES.length() + " bytes, over the limit of 500 bytes for a file to be"
                        + " analysed, so only its front matter and its characters were checked: split it into smaller"
                        + " files that SKILL.md names, or raise the limit if it must be this large (limits:"
                        + " analysed-bytes in .skillpack.yaml)");
    }

    @Test
    void theReducedSkillKeepsTheFrontMatterAndDropsTheRest() throws IOException {
        Path folder = skill();
        var skill = SkillParser.builder().limits(ReadingLimits.defaults().parse().withMaxAnalysedBytes(500)).build()
                .parseSkill(folder);
        var reduced = OversizedFiles.reduced(skill);
        int end = SKILL_MD.indexOf("# Big");
        assertThat(reduced.skillFile().text()).isEqualTo(SKILL_MD.substring(0, end));
        assertThat(reduced.body().body()).isEmpty();
        assertThat(reduced.name()).contains("other-name");
        assertThat(reduced.references()).isEmpty();
        assertThat(reduced.resources()).allSatisfy(r -> {
            assertThat(r.content()).isEmpty();
            assertThat(r.textFile()).isEmpty();
        });
        assertThat(reduced.resource("references/notes.md").orElseThrow().size()).isEqualTo(NOTES.length());
        var small = SkillParser.create().parseSkill(folder);
        assertThat(OversizedFiles.reduced(small)).isSameAs(small);
    }
}
