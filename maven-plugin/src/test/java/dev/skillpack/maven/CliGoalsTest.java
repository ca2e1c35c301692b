package dev.skillpack.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliGoalsTest {
    @TempDir
    Path project;
    final RecordingLog log = new RecordingLog();

    Path skills() throws Exception {
        Path skills = project.resolve("src/main/skills");
        Files.createDirectories(skills.resolve("release-notes"));
        Files.writeString(skills.resolve("release-notes/SKILL.md"), PackageGoalTest.CLEAN);
        Files.createDirectories(skills.resolve("group/pdf-forms"));
        Files.writeString(skills.resolve("group/pdf-forms/SKILL.md"), "---\nname: pdf-forms\ndescription: Fills PDF "
                + "forms & checks <fields>. Use when a form must be filled.\n---\n\n# PDF forms\n");
        Files.createDirectories(skills.resolve("node_modules/x"));
        Files.writeString(skills.resolve("node_modules/x/SKILL.md"), "---\nname: x\ndescription: no\n---\n");
        return skills;
    }

    @Test
    void toPromptWritesTheCliBlockForEverySkillBelowTheFolders() throws Exception {
        Path skills = skills();
        Path output = project.resolve("target/skillpack/available-skills.xml");
        String block = new CliGoals(log).toPrompt(project, List.of(skills), output);
        String real = skills.toRealPath().toString();
        assertThat(block).isEqualTo("<available_skills>\n<skill>\n<name>\npdf-forms\n</name>\n<description>\nFills PDF "
                + "forms &amp; checks &lt;fields&gt;. Use when a form must be filled.\n</description>\n<location>\n"
                + real + "/group/pdf-forms/SKILL.md\n</location>\n</skill>\n<skill>\n<name>\nrelease-notes\n</name>\n"
                + "<description>\nDrafts release notes from merged pull requests. Use when preparing a release.\n"
                + "</description>\n<location>\n" + real + "/release-notes/SKILL.md\n</location>\n</skill>\n"
                + "</available_skills>\n");
        assertThat(output).hasContent(block);
        assertThat(log.lines).contains("[INFO] <available_skills>",
                "[INFO] skillpack: wrote target/skillpack/available-skills.xml");
    }

    @Test
    void toPromptFailsOnASkillWithoutDescription() throws Exception {
        Path skills = skills();
        Files.writeString(skills.resolve("release-notes/SKILL.md"), "---\nname: release-notes\n---\n\n# Notes\n");
        assertThatThrownBy(() -> new CliGoals(log).toPrompt(project, List.of(skills), project.resolve("out.xml")))
                .isInstanceOf(FindingsException.class).hasMessage("skillpack to-prompt found problems; see the lines above");
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[ERROR] ").contains("description"));
    }

    @Test
    void tokensPrintsTheCliTablePerFolder() throws Exception {
        Path skills = skills();
        Path output = project.resolve("target/skillpack/tokens.txt");
        String table = new CliGoals(log).tokens(project, List.of(skills.resolve("release-notes")), "text",
                Optional.of("cl100k_base"), Optional.empty(), output);
        assertThat(table).startsWith("src/main/skills/release-notes (cl100k_base)\n")
                .contains("  metadata (name + description, loaded for every installed skill): ")
                .contains("SKILL.md (body)")
                .endsWith("pack: 1 skill, " + table.replaceAll("(?s).*pack: 1 skill, (\\d+) metadata.*", "$1")
                        + " metadata tokens always loaded\n");
        assertThat(output).hasContent(table);
    }
}
