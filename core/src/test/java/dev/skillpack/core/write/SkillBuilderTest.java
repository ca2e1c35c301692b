package dev.skillpack.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillBuilderTest {
    private static final String EXPECTED_SKILL_MD = """
            ---
            name: secure-flask
            description: "Secures Flask apps. Use when: writing or reviewing Flask code"
            license: Apache-2.0
            compatibility: Python 3.10+
            metadata:
              author: skillpack
              version: "1.0"
            allowed-tools: Read Grep
            model: inherit
            ---

            Read the section for the task at hand.

            ## Sessions

            Set `SESSION_COOKIE_SECURE` before the first request.
            Never log the session cookie.

            ```python title=app.py
            app.config["SESSION_COOKIE_SECURE"] = True
            ```

            ### Cookies

            Mark cookies HttpOnly.

            ## Fences

            ````markdown
            ```js
            x()
            ```
            ````
            """;

    @TempDir
    Path temp;

    private static SkillBuilder full() {
        return Skill.builder()
                .allowedTools("Read Grep")
                .metadata("author", "skillpack")
                .description("Secures Flask apps. Use when: writing or reviewing Flask code")
                .name("secure-flask")
                .field("model", "inherit")
                .license("Apache-2.0")
                .metadata("version", "1.0")
                .compatibility("Python 3.10+")
                .preamble("\n\nRead the section for the task at hand.\r\n")
                .section(SectionBuilder.heading(2, "Sessions")
                        .paragraph("Set `SESSION_COOKIE_SECURE` before the first request.\r\nNever log the session cookie.")
                        .code("python", "app.config[\"SESSION_COOKIE_SECURE\"] = True", "title=app.py")
                        .section(SectionBuilder.heading(3, "Cookies").paragraph("Mark cookies HttpOnly.")))
                .section(SectionBuilder.heading(2, "Fences").code("markdown", "```js\nx()\n```\n"))
                .reference("references/flask.md", DocumentDraft.of("Notes on Flask.",
                        SectionBuilder.heading(1, "Flask").paragraph("Back to [the skill](../SKILL.md).").build()))
                .reference("references/raw.md", "# Raw\r\n\r\nAs written.\r\n\r\n\r\n")
                .resource("scripts/check.sh", "#!/bin/sh\necho ok\n", true)
                .resource("assets/logo.bin", new byte[] {0, 1, 2, (byte) 0xFF}, false);
    }

    @Test
    void rendersFrontmatterInSpecOrderAndMarkdownWithLfAndOneFinalNewline() {
        assertThat(full().renderSkillFile()).isEqualTo(EXPECTED_SKILL_MD);
    }

    @Test
    void buildParsesWhatItRendered() {
        Skill skill = full().build();
        assertThat(skill.problems()).isEmpty();
        assertThat(skill.folderName()).isEqualTo("secure-flask");
        assertThat(skill.path()).isEqualTo("secure-flask");
        assertThat(skill.skillFile().text()).isEqualTo(EXPECTED_SKILL_MD);
        assertThat(skill.skillFile().path()).isEqualTo("secure-flask/SKILL.md");
        assertThat(skill.frontmatter().description()).contains("Secures Flask apps. Use when: writing or reviewing Flask code");
        assertThat(skill.frontmatter().metadata()).containsExactly(Map.entry("author", "skillpack"), Map.entry("version", "1.0"));
        assertThat(skill.frontmatter().allowedTools()).contains("Read Grep");
        assertThat(skill.frontmatter().unknownEntries()).extracting(e -> e.key()).containsExactly("model");

        assertThat(skill.body().preamble()).singleElement().isInstanceOf(Paragraph.class);
        Section sessions = skill.body().sections().get(0);
        assertThat(sessions.heading().text()).isEqualTo("Sessions");
        assertThat(sessions.heading().span().line()).isEqualTo(15);
        assertThat(sessions.directive().orElseThrow().text())
                .isEqualTo("Set SESSION_COOKIE_SECURE before the first request. Never log the session cookie.");
        CodeExample python = sessions.codeExamples().get(0);
        assertThat(python.language()).contains("python");
        assertThat(python.attributes()).containsExactly("title=app.py");
        assertThat(python.code()).isEqualTo("app.config[\"SESSION_COOKIE_SECURE\"] = True\n");
        assertThat(sessions.children()).extracting(s -> s.heading().text()).containsExactly("Cookies");
        CodeExample fenced = skill.body().sections().get(1).codeExamples().get(0);
        assertThat(fenced.code()).isEqualTo("```js\nx()\n```\n");
        assertThat(fenced.closed()).isTrue();

        assertThat(skill.references()).extracting(r -> r.relativePath())
                .containsExactly("references/flask.md", "references/raw.md");
        assertThat(skill.references().get(0).document().file().text())
                .isEqualTo("Notes on Flask.\n\n# Flask\n\nBack to [the skill](../SKILL.md).\n");
        assertThat(skill.references().get(0).document().links().get(0).target())
                .isEqualTo(new LinkTarget(LinkTarget.Kind.FILE, "SKILL.md", ""));
        assertThat(skill.references().get(1).document().file().text()).isEqualTo("# Raw\n\nAs written.\n");
        assertThat(skill.resources()).extracting(Resource::relativePath, Resource::kind, Resource::executable)
                .containsExactly(
                        tuple("SKILL.md", Resource.Kind.TEXT, false),
                        tuple("assets/logo.bin", Resource.Kind.BINARY, false),
                        tuple("references/flask.md", Resource.Kind.TEXT, false),
                        tuple("references/raw.md", Resource.Kind.TEXT, false),
                        tuple("scripts/check.sh", Resource.Kind.TEXT, true));
    }

    @Test
    void buildWriteParseGivesTheBuiltSkill() throws IOException {
        Skill built = full().build();
        Path folder = temp.resolve("secure-flask");
        SkillWriter.write(built, folder);
        assertThat(folder.resolve("SKILL.md")).hasContent(EXPECTED_SKILL_MD);
        assertThat(folder.resolve("assets/logo.bin")).hasBinaryContent(new byte[] {0, 1, 2, (byte) 0xFF});
        assertThat(Files.isExecutable(folder.resolve("scripts/check.sh"))).isTrue();

        Skill parsed = SkillParser.create().parseSkill(new DirectorySkillSource(folder, "secure-flask",
                SourceLimits.defaults()));
        assertThat(parsed).isEqualTo(built);
    }

    @Test
    void aSkillWithOnlyFrontmatterEndsAfterTheClosingLine() {
        assertThat(Skill.builder().name("tiny").description("Does one thing.").renderSkillFile())
                .isEqualTo("---\nname: tiny\ndescription: Does one thing.\n---\n");
    }

    @Test
    void refusesWhatWouldNotReadBack() {
        assertThatThrownBy(() -> Skill.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a skill needs a name: it names the skill's folder");
        assertThatThrownBy(() -> Skill.builder().name("../up").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("name '../up' cannot be a folder name");
        assertThatThrownBy(() -> Skill.builder().resource("../x.sh", "x", true))
                .hasMessage("path must stay inside the skill and have no empty, '.' or '..' parts: '../x.sh'");
        assertThatThrownBy(() -> Skill.builder().resource("/etc/x", "x", false))
                .hasMessage("not a relative file path with forward slashes: '/etc/x'");
        assertThatThrownBy(() -> Skill.builder().resource("sub/skill.md", "x", false))
                .hasMessage("SKILL.md is rendered from the builder; a second one at 'sub/skill.md' would make a"
                        + " skill of its own");
        assertThatThrownBy(() -> Skill.builder().resource("node_modules/x.js", "x", false))
                .hasMessage("files under a 'node_modules' folder are not read back: 'node_modules/x.js'");
        assertThatThrownBy(() -> Skill.builder().reference("references/x.txt", "x"))
                .hasMessage("a reference is a Markdown file ending in .md: references/x.txt");
        assertThatThrownBy(() -> Skill.builder().resource("a.txt", "1", false).resource("a.txt", "2", false))
                .hasMessage("a file was already added at a.txt");
        assertThatThrownBy(() -> Skill.builder().field("name", "x"))
                .hasMessage("'name' is a specification field; use its own method");
        assertThatThrownBy(() -> SectionBuilder.heading(2, "Parent").section(SectionBuilder.heading(2, "Sibling")).build())
                .hasMessage("sub-section 'Sibling' has level 2; under 'Parent' (level 2) it needs a deeper level");
        assertThatThrownBy(() -> SectionBuilder.heading(2, "two\nlines"))
                .hasMessage("heading must be one non-blank line: 'two\nlines'");
        assertThatThrownBy(() -> SectionBuilder.heading(2, "H").code("", "x", "title=a"))
                .hasMessage("attributes need a language: the first word of the info string is read as the language");
        assertThatThrownBy(() -> SectionBuilder.heading(2, "H").code("java script", "x"))
                .hasMessage("language must be one word without backticks: 'java script'");
    }
}
