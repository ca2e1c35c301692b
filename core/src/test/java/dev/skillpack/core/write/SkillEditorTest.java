package dev.skillpack.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillEditorTest {
    private static final Path BRAND = Path.of("src/test/resources/real-skills/anthropics/brand-guidelines/SKILL.md");
    private static final Path PLAN = Path.of("src/test/resources/real-skills/openai/create-plan/SKILL.md");
    private static final String BRAND_DESCRIPTION = "Applies Anthropic's official brand colors and typography to"
            + " any sort of artifact that may benefit from having Anthropic's look-and-feel. Use it when brand colors"
            + " or style guidelines, visual formatting, or company design standards apply.";
    private static final String NEW_DESCRIPTION = "Applies the brand's colours and fonts. Use when: styling an artifact";

    private static Skill parse(byte[] skillMd) {
        return SkillParser.create().parseSkill(MemorySkillSource.of("demo", Map.of("SKILL.md", skillMd)));
    }

    private static Skill parse(String skillMd) {
        return parse(skillMd.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void changingTheDescriptionOfARealSkillChangesOnlyThoseBytes() throws IOException {
        byte[] original = Files.readAllBytes(BRAND);
        Skill skill = parse(original);
        SourceSpan value = skill.frontmatter().entry("description").orElseThrow().value().span();
        String text = skill.skillFile().text();
        assertThat(text.substring(value.offset(), value.endOffset())).isEqualTo(BRAND_DESCRIPTION);
        assertThat(value.line()).isEqualTo(3);
        assertThat(value.column()).isEqualTo(14);

        String edited = SkillEditor.of(skill).setField("description", NEW_DESCRIPTION);
        byte[] bytes = SkillWriter.encode(edited, skill.skillFile().byteOrderMark());
        String rendered = "\"" + NEW_DESCRIPTION + "\"";
        assertThat(edited).isEqualTo(text.substring(0, value.offset()) + rendered + text.substring(value.endOffset()));
        assertThat(edited.lines().skip(2).findFirst()).contains("description: " + rendered);
        assertOnlyChanged(original, bytes, value.offset(), value.endOffset());

        Skill reparsed = parse(bytes);
        assertThat(reparsed.problems()).isEmpty();
        assertThat(reparsed.frontmatter().description()).contains(NEW_DESCRIPTION);
        assertThat(reparsed.frontmatter().name()).contains("brand-guidelines");
        assertThat(reparsed.frontmatter().license()).contains("Complete terms in LICENSE.txt");
        assertThat(reparsed.body().body()).isEqualTo(skill.body().body());
    }

    @Test
    void crlfAndByteOrderMarkSurviveAnEdit() throws IOException {
        String crlf = Files.readString(BRAND).replace("\n", "\r\n");
        byte[] original = SkillWriter.encode(crlf, true);
        Skill skill = parse(original);
        assertThat(skill.skillFile().byteOrderMark()).isTrue();
        SourceSpan value = skill.frontmatter().entry("description").orElseThrow().value().span();

        byte[] edited = SkillWriter.encode(SkillEditor.of(skill).setField("description", NEW_DESCRIPTION), true);
        // spans count characters after the byte-order mark; the text is ASCII, so bytes are offsets + 3
        assertOnlyChanged(original, edited, value.offset() + 3, value.endOffset() + 3);
        assertThat(Arrays.copyOf(edited, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(edited, StandardCharsets.UTF_8)).doesNotContain("\r\r").contains("---\r\nname:");
    }

    /** Bytes before {@code from} and from {@code to} on (in the original, UTF-8 offsets of ASCII text) are kept. */
    private static void assertOnlyChanged(byte[] original, byte[] edited, int from, int to) {
        int prefix = 0;
        while (prefix < Math.min(original.length, edited.length) && original[prefix] == edited[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(original.length, edited.length) - prefix
                && original[original.length - 1 - suffix] == edited[edited.length - 1 - suffix]) {
            suffix++;
        }
        assertThat(prefix).isGreaterThanOrEqualTo(from);
        assertThat(original.length - suffix).isLessThanOrEqualTo(to);
    }

    @Test
    void newSpecFieldsGoInSpecOrder() throws IOException {
        Skill brand = parse(Files.readAllBytes(BRAND));
        assertThat(SkillEditor.of(brand).setField("compatibility", "Claude.ai and Claude Code"))
                .startsWith("---\nname: brand-guidelines\ndescription: " + BRAND_DESCRIPTION + "\n"
                        + "license: Complete terms in LICENSE.txt\ncompatibility: Claude.ai and Claude Code\n---\n");

        Skill plan = parse(Files.readAllBytes(PLAN));
        assertThat(SkillEditor.of(plan).setField("license", "Apache-2.0")).startsWith("---\nname: create-plan\n"
                + "description: Create a concise plan. Use when a user explicitly asks for a plan related to a coding"
                + " task.\nlicense: Apache-2.0\nmetadata:\n  short-description: Create a plan\n---\n");
        assertThat(SkillEditor.of(plan).setField("version", "2")).startsWith("---\nname: create-plan\n"
                + "description: Create a concise plan. Use when a user explicitly asks for a plan related to a coding"
                + " task.\nmetadata:\n  short-description: Create a plan\nversion: \"2\"\n---\n");

        Skill nameless = parse("---\ndescription: d\n---\n");
        assertThat(SkillEditor.of(nameless).setField("name", "demo")).isEqualTo("---\nname: demo\ndescription: d\n---\n");
        Skill empty = parse("---\n---\nbody\n");
        assertThat(SkillEditor.of(empty).setField("name", "demo")).isEqualTo("---\nname: demo\n---\nbody\n");
    }

    @Test
    void setReplacesBlockScalarsNullsAndMappingsWhole() {
        String text = "---\nname: demo\ndescription: |\n  first\n  # still the description\n# a comment\n"
                + "license:\nmetadata:\n  a: b\n---\n";
        SkillEditor editor = SkillEditor.of(parse(text));
        assertThat(editor.setField("description", "one line")).isEqualTo("---\nname: demo\ndescription: one line\n"
                + "# a comment\nlicense:\nmetadata:\n  a: b\n---\n");
        assertThat(editor.setField("license", "MIT")).isEqualTo("---\nname: demo\ndescription: |\n  first\n"
                + "  # still the description\n# a comment\nlicense: MIT\nmetadata:\n  a: b\n---\n");
        assertThat(editor.setField("metadata", "none")).isEqualTo("---\nname: demo\ndescription: |\n  first\n"
                + "  # still the description\n# a comment\nlicense:\nmetadata: none\n---\n");
    }

    @Test
    void removeDeletesTheFieldsLines() {
        String text = "---\r\nname: demo\r\nmetadata:\r\n  a: b\r\n  c: d\r\nlicense: MIT\r\n---\r\n";
        SkillEditor editor = SkillEditor.of(parse(text));
        assertThat(editor.removeField("metadata")).isEqualTo("---\r\nname: demo\r\nlicense: MIT\r\n---\r\n");
        assertThat(editor.removeField("license")).isEqualTo("---\r\nname: demo\r\nmetadata:\r\n  a: b\r\n  c: d\r\n---\r\n");
        assertThat(editor.setField("description", "new")).isEqualTo(
                "---\r\nname: demo\r\ndescription: new\r\nmetadata:\r\n  a: b\r\n  c: d\r\nlicense: MIT\r\n---\r\n");
        assertThatThrownBy(() -> editor.removeField("compatibility")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("front matter of demo/SKILL.md has no field 'compatibility'");
    }

    @Test
    void replaceASectionKeepsEverythingAround() {
        String text = "---\r\nname: demo\r\n---\r\n# Demo\r\n\r\nIntro.\r\n\r\n## Old\r\n\r\nOld text.\r\n\r\n"
                + "### Detail\r\n\r\nMore.\r\n\r\n## Next\r\n\r\nNext text.\r\n";
        Skill skill = parse(text);
        Section old = skill.body().allSections().filter(s -> s.heading().text().equals("Old")).findFirst().orElseThrow();
        assertThat(SkillEditor.of(skill).replaceSection(old, "## New\n\nNew text.\n")).isEqualTo(
                "---\r\nname: demo\r\n---\r\n# Demo\r\n\r\nIntro.\r\n\r\n## New\r\n\r\nNew text.\r\n\r\n"
                        + "## Next\r\n\r\nNext text.\r\n");
        Section other = parse("---\nname: x\n---\n## Old\n").body().sections().get(0);
        assertThatThrownBy(() -> SkillEditor.of(skill).replaceSection(other, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("section 'Old' is not in demo/SKILL.md");
    }

    @Test
    void refusesToEditBrokenFrontmatter() {
        assertThatThrownBy(() -> SkillEditor.of(parse("---\nname: a: b\n---\n")).setField("name", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the front matter of demo/SKILL.md cannot be edited: front matter is not valid YAML");
        assertThatThrownBy(() -> SkillEditor.of(parse("# no front matter\n")).setField("name", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessage("the front matter of demo/SKILL.md cannot be"
                        + " edited: SKILL.md must start with YAML front matter: a line '---', the fields, and a closing '---'");
    }
}
