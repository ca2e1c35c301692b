package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * read-properties and to-prompt against the output of the reference validator checked in under
 * src/test/resources/parity (see its README), byte for byte.
 */
class SkillsRefParityTest {
    private static final Path PARITY = Path.of("src/test/resources/parity").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"valid-all-fields", "metadata-numeric-value", "multiline-description"})
    void readPropertiesPrintsWhatSkillsRefPrints(String name) throws IOException {
        Path caseDir = PARITY.resolve("cases").resolve(name);
        String folder;
        try (var list = Files.list(caseDir)) {
            folder = list.findFirst().orElseThrow().getFileName().toString();
        }
        CliRunner.Result r = CliRunner.in(caseDir, SampleRules.all()).run("read-properties", "./" + folder);
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo(Files.readString(PARITY.resolve("read-properties/" + name + ".json"),
                StandardCharsets.UTF_8));
    }

    @Test
    void readPropertiesDiffersFromSkillsRefWhereItIsWrong() {
        // skills-ref splits on the first "---" inside a value and prints the description "Converts a"
        Path caseDir = PARITY.resolve("cases/dashes-in-description");
        CliRunner.Result r = CliRunner.in(caseDir, SampleRules.all()).run("read-properties", "dashes-in-description");
        assertThat(r.out()).doesNotContain("\"description\": \"Converts a\"\n");
        // a skill without front matter has nothing to print: the problem, exit 1
        CliRunner.Result missing = CliRunner.in(PARITY.resolve("cases/missing-front-matter"), SampleRules.all())
                .run("read-properties", "missing-front-matter");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(missing.err()).isEqualTo("missing-front-matter/SKILL.md:1:1: SKILL.md must start with YAML front"
                + " matter: a line '---', the fields, and a closing '---'\n");
    }

    @Test
    void toPromptIsByteCompatibleWithSkillsRef() throws IOException {
        Path skills = PARITY.resolve("to-prompt/skills");
        CliRunner.Result r = CliRunner.in(skills, SampleRules.all())
                .run("to-prompt", "alpha-report", "beta-escape", "gamma-lower");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        String expected = Files.readString(PARITY.resolve("to-prompt/expected.xml"), StandardCharsets.UTF_8)
                .replace("@ROOT@", skills.toRealPath().toString().replace('\\', '/'));
        assertThat(r.out()).isEqualTo(expected);
    }
}
