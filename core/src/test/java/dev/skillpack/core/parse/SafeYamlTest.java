package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeYamlTest {
    private static final SafeYaml YAML = new SafeYaml(ParseLimits.defaults());

    private static SafeYaml.Result read(String text) {
        return YAML.read(LineMap.of("f", text), text, 0, text.length());
    }

    @Test
    void plainEmptyValuesAndTildeAreNullButQuotedEmptyStringsAreStrings() {
        SafeYaml.Result result = read("a:\nb: ~\nc: \"\"\nd: ''\ne: '~'\nf: null\n");
        YamlMapping root = result.root().orElseThrow();
        assertThat(List.of("a", "b", "c", "d", "e", "f"))
                .extracting(k -> ((YamlScalar) root.entry(k).orElseThrow().value()).type()).containsExactly(
                        YamlScalar.Type.NULL, YamlScalar.Type.NULL, YamlScalar.Type.STRING, YamlScalar.Type.STRING,
                        YamlScalar.Type.STRING, YamlScalar.Type.NULL);
    }

    @Test
    void numbersAndBooleansSpanTheirText() {
        YamlMapping m = (YamlMapping) read("m:\n  version: 1.10\n  internal: false\n").root().orElseThrow()
                .entry("m").orElseThrow().value();
        YamlScalar version = (YamlScalar) m.entry("version").orElseThrow().value();
        YamlScalar internal = (YamlScalar) m.entry("internal").orElseThrow().value();
        assertThat(version.type()).isEqualTo(YamlScalar.Type.FLOAT);
        assertThat(List.of(version.span().line(), version.span().column(), version.span().length()))
                .containsExactly(2, 12, 4);
        assertThat(List.of(internal.span().line(), internal.span().column(), internal.span().length()))
                .containsExactly(3, 13, 5);
    }

    @Test
    void otherDocumentsAreNamedInMessages() {
        String list = "- a\n";
        assertThat(YAML.read(LineMap.of("f", list), list, 0, list.length(), "agents/openai.yaml").problems())
                .extracting(ParseProblem::message)
                .containsExactly("agents/openai.yaml is a YAML list; it must be a mapping of keys to values");
        String alias = "a: &x 1\nb: *x\n";
        assertThat(YAML.read(LineMap.of("f", alias), alias, 0, alias.length(), "agents/openai.yaml").problems())
                .extracting(ParseProblem::message).containsExactly(
                        "YAML anchors and aliases are not allowed in agents/openai.yaml (1 anchor and 1 alias, the "
                                + "first anchor &x); write each value out");
        String bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n";
        assertThat(YAML.read(LineMap.of("f", bomb), bomb, 0, bomb.length(), "agents/openai.yaml").problems())
                .extracting(ParseProblem::message).containsExactly(
                        "YAML anchors and aliases are not allowed in agents/openai.yaml (3 anchors and 6 aliases, the "
                                + "first anchor &a); write each value out");
        String one = "a: &x 1\n";
        assertThat(YAML.read(LineMap.of("f", one), one, 0, one.length(), "agents/openai.yaml").problems())
                .extracting(ParseProblem::message).containsExactly(
                        "YAML anchor &x is not allowed in agents/openai.yaml; write each value out");
        String broken = "a: [b\n";
        assertThat(YAML.read(LineMap.of("f", broken), broken, 0, broken.length(), "agents/openai.yaml").problems())
                .extracting(ParseProblem::message).singleElement().asString()
                .startsWith("agents/openai.yaml is not valid YAML: ");
    }

    @Test
    void theFrontMatterQuotingHintIsGivenOnlyForFrontMatter() {
        String colon = "rules: a: b\n";
        assertThat(YAML.read(LineMap.of("f", colon), colon, 0, colon.length(), "config").problems())
                .extracting(ParseProblem::message).containsExactly("config is not valid YAML: mapping values are not "
                        + "allowed here; a value containing ': ' must be quoted");
        assertThat(read("description: Use when: x\n").problems()).extracting(ParseProblem::message)
                .containsExactly("front matter is not valid YAML: mapping values are not allowed here; a value "
                        + "containing ': ' must be quoted, e.g. description: \"Use when: ...\"");
    }

    @Test
    void aControlCharacterIsNamedWhereItIs() {
        String text = "name: demo\ndescription: Does\u0000 things.\n";
        ParseProblem problem = read(text).problems().get(0);
        assertThat(problem.message()).isEqualTo("front matter is not valid YAML: it contains the control character "
                + "U+0000 (NUL), which YAML does not allow; delete it");
        assertThat(List.of(problem.span().line(), problem.span().column(), problem.span().length()))
                .containsExactly(2, 18, 1);
        String escape = "a: b\nc: d\u001be\n";
        assertThat(read(escape).problems()).extracting(ParseProblem::message).containsExactly("front matter is not "
                + "valid YAML: it contains the control character U+001B (ESC), which YAML does not allow; delete it");
    }

    @Test
    void anOversizedDocumentNamesTheKeyThatHoldsMostOfIt() {
        SafeYaml small = new SafeYaml(new ParseLimits(100, 16));
        String text = "name: demo\ndescription: " + "x".repeat(200) + "\nlicense: MIT\n";
        assertThat(small.read(LineMap.of("f", text), text, 0, text.length()).problems())
                .extracting(ParseProblem::message).containsExactly(
                        "front matter is 238 characters (description alone is 214); the limit is 100");
        String even = "a: " + "x".repeat(40) + "\nb: " + "y".repeat(40) + "\nc: " + "z".repeat(40) + "\n";
        assertThat(small.read(LineMap.of("f", even), even, 0, even.length()).problems())
                .extracting(ParseProblem::message).containsExactly("front matter is 132 characters; the limit is 100");
    }
}
