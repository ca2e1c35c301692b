package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.source.MemorySkillSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeYamlTest {
    private static final SafeYaml YAML = new SafeYaml(ParseLimits.defaults());

    private static SafeYaml.Result read(String text) {
        return YAML.read(LineMap.of("f", text), text, 0, text.length());
    }

    private static YamlScalar scalar(SafeYaml.Result result, String key) {
        return (YamlScalar) result.root().orElseThrow().entry(key).orElseThrow().value();
    }

    @Test
    void plainEmptyValuesAndTildeAreNullButQuotedEmptyStringsAreStrings() {
        SafeYaml.Result result = read("a:\nb: ~\nc: \"\"\nd: ''\ne: '~'\nf: null\n");
        assertThat(List.of("a", "b", "c", "d", "e", "f")).extracting(k -> scalar(result, k).type()).containsExactly(
                YamlScalar.Type.NULL, YamlScalar.Type.NULL, YamlScalar.Type.STRING, YamlScalar.Type.STRING,
                YamlScalar.Type.STRING, YamlScalar.Type.NULL);
        assertThat(scalar(result, "e").text()).isEqualTo("~");
    }

    @Test
    void numbersAndBooleansSpanTheirText() {
        SafeYaml.Result result = read("m:\n  version: 1.10\n  on: true\n");
        YamlMapping m = (YamlMapping) result.root().orElseThrow().entry("m").orElseThrow().value();
        YamlScalar version = (YamlScalar) m.entry("version").orElseThrow().value();
        assertThat(version.type()).isEqualTo(YamlScalar.Type.FLOAT);
        assertThat(version.span().line()).isEqualTo(2);
        assertThat(version.span().column()).isEqualTo(12);
        assertThat(version.span().length()).isEqualTo(4);
    }

    @Test
    void scalarAnchorsAreRefusedLikeCollectionAnchorsAndAliases() {
        assertThat(read("name: &n x\nm: &m\n  a: b\nc: *n\n").problems()).extracting(ParseProblem::message).containsExactly(
                "YAML anchor &n is not allowed in front matter; write each value out",
                "YAML anchor &m is not allowed in front matter; write each value out",
                "YAML alias *n is not allowed in front matter; write the value out");
    }

    @Test
    void syntaxErrorsSayWhatAndWhereTheConstructStarted() {
        SafeYaml.Result result = read("name: x\ndescription: \"never closed\nlicense: MIT\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("front matter is not valid YAML: found unexpected end of stream "
                    + "(while scanning a quoted scalar started at line 2, column 14)");
            assertThat(p.span().line()).isEqualTo(2);
            assertThat(p.span().column()).isEqualTo(14);
        });
        assertThat(read("a:\n\tb: c\n").problems()).extracting(ParseProblem::message)
                .containsExactly("front matter is not valid YAML: a tab cannot indent YAML; indent with spaces");
    }

    @Test
    void otherDocumentsAreNamedInMessages() {
        String text = "- a\n";
        SafeYaml.Result result = YAML.read(LineMap.of("f", text), text, 0, text.length(), "agents/openai.yaml");
        assertThat(result.problems()).extracting(ParseProblem::message)
                .containsExactly("agents/openai.yaml is a YAML list; it must be a mapping of keys to values");
    }

    @Test
    void agentConfigFilesAreKeptAsText() {
        Skill skill = SkillParser.create().parsePack(MemorySkillSource.ofText("ui", Map.of(
                "SKILL.md", "---\nname: ui\ndescription: d\n---\n",
                "agents/openai.yaml", "interface:\n  display_name: \"UI\"\n",
                "agents/nested/other.yaml", "a: b\n",
                "scripts/config.yaml", "a: b\n"))).skills().get(0);
        assertThat(skill.agentConfigs()).extracting(TextFile::relativePath).containsExactly("agents/openai.yaml");
        assertThat(skill.agentConfig("agents/openai.yaml")).map(TextFile::path).contains("ui/agents/openai.yaml");
    }
}
