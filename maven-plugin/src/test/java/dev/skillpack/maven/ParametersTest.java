package dev.skillpack.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {
    @TempDir
    Path project;

    @Test
    void failOnAcceptsTheFourLevelsInAnyCase() throws Exception {
        assertThat(Parameters.failOn("Warning")).contains(Severity.WARNING);
        assertThat(Parameters.failOn(" none ")).isEmpty();
        assertThatThrownBy(() -> Parameters.failOn("fatal")).isInstanceOf(SetupException.class)
                .hasMessage("failOn: unknown level 'fatal'; allowed: error, warning, info, none");
    }

    @Test
    void formatsSplitOnCommasDropDuplicatesAndNameTheParameterWhenUnknown() throws Exception {
        assertThat(Parameters.formats(List.of("json, SARIF", "json", ""))).containsExactly(ReportFormat.JSON,
                ReportFormat.SARIF);
        assertThatThrownBy(() -> Parameters.formats(List.of("json,xml"))).isInstanceOf(SetupException.class)
                .hasMessage("formats: unknown report format 'xml'; allowed: text, json, sarif, github, junit, html, gitlab");
    }

    @Test
    void targetAndTokenizerNameTheAllowedValues() throws Exception {
        assertThat(Parameters.target("claude-code")).contains(Target.CLAUDE_CODE);
        assertThat(Parameters.target(null)).isEmpty();
        assertThatThrownBy(() -> Parameters.target("cursor")).hasMessage(
                "target: unknown target 'cursor'; allowed: agentskills, claude-code, codex");
        assertThat(Parameters.tokenizer("cl100k_base")).contains(Tokenizer.CL100K_BASE);
        assertThatThrownBy(() -> Parameters.tokenizer("gpt2")).hasMessage(
                "tokenizer: unknown tokenizer 'gpt2'; allowed: o200k_base, cl100k_base");
    }

    @Test
    void missingFilesAreNamedRelativeToTheProjectWithoutExceptionNames() throws Exception {
        assertThatThrownBy(() -> Parameters.existingFile("configFile", project.resolve("conf/x.yaml"), project))
                .hasMessage("configFile conf/x.yaml does not exist");
        Files.createDirectories(project.resolve("conf"));
        assertThatThrownBy(() -> Parameters.existingFile("configFile", project.resolve("conf"), project))
                .hasMessage("configFile conf is not a file");
        assertThatThrownBy(() -> Parameters.existingFolder("skillsDirectories", project.resolve("skills"), project))
                .hasMessage("skillsDirectories skills does not exist");
    }

    @Test
    void controlCharactersInValuesAreShownEscaped() {
        assertThatThrownBy(() -> Parameters.failOn("err\u001b[31mor")).hasMessage(
                "failOn: unknown level 'err\\u001b[31mor'; allowed: error, warning, info, none");
    }
}
