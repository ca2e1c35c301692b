package dev.skillpack.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlStringsTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain words", "", " leading", "trailing ", "Use when: asked", "a #comment",
        "#hash", "- dash", "-dash", "? q", ":colon", "ends:", "true", "No", "yes", "ON", "null", "Null", "~", "1", "-1",
        "1.0", "1e3", "0x1F", "0o17", ".inf", "-.INF", ".nan", "2024-01-01", "12:30", "1_000", "@at", "`tick",
        "quote\"d", "back\\slash", "line\nbreak", "cr\rlf", "tab\there", "bell\u0007", "nel\u0085", "ls\u2028",
        "ps\u2029", "bom\uFEFF", "del\u007F", "ünïcødé — dash", "emoji 😀", "---", "--- x", "...", "[x]", "{x}",
        "*alias", "&anchor", "!tag", "%dir", "|", ">", "'single'", "\"double\"", "comma, inside", "x: y: z",
        "https://example.com/a#b", "R&D", "50%", "C#", "a\\nb"})
    void everyValueReadsBackAsTheSameString(String value) {
        String skillMd = "---\nname: demo\ndescription: " + YamlStrings.scalar(value) + "\n---\n";
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.ofText("demo", Map.of("SKILL.md", skillMd)));
        assertThat(skill.problems()).isEmpty();
        YamlScalar description = (YamlScalar) skill.frontmatter().entry("description").orElseThrow().value();
        assertThat(description.text()).isEqualTo(value);
        assertThat(description.type()).isEqualTo(YamlScalar.Type.STRING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "plain words|plain words",
        "Use when: asked|\"Use when: asked\"",
        "1.0|\"1.0\"",
        "true|\"true\"",
        "R&D|R&D",
        "&anchor|\"&anchor\"",
        "say \"hi\"|say \"hi\"",
        "\"hi\"|\"\\\"hi\\\"\"",
        "back\\slash|back\\slash",
        "-x|\"-x\""})
    void quotesOnlyWhenNeeded(String value, String expected) {
        assertThat(YamlStrings.scalar(value)).isEqualTo(expected);
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("line\nbreak", "\"line\\nbreak\""),
                Arguments.of("tab\there", "\"tab\\there\""),
                Arguments.of("bell\u0007", "\"bell\\x07\""),
                Arguments.of("nel\u0085", "\"nel\\x85\""),
                Arguments.of("ls\u2028", "\"ls\\u2028\""),
                Arguments.of("bom\uFEFF", "\"bom\\uFEFF\""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapesControlCharactersAndLineSeparators(String value, String expected) {
        assertThat(YamlStrings.scalar(value)).isEqualTo(expected);
    }
}
