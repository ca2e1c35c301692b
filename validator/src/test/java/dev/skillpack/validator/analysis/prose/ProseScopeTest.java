package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseScopeTest {

    @Test
    void readsReferencesAndAgentFilesButNotFilesForPeopleTemplatesOrTests() {
        assertThat(ProseScope.inScope("references/api.md")).isTrue();
        assertThat(ProseScope.inScope("references/security.md")).isTrue();
        assertThat(ProseScope.inScope("references/security-headers.md")).isTrue();
        assertThat(ProseScope.inScope("forms.md")).isTrue();
        assertThat(ProseScope.inScope("agents/grader.md")).isTrue();
        assertThat(ProseScope.inScope("README.md")).isFalse();
        assertThat(ProseScope.inScope("CHANGELOG.md")).isFalse();
        assertThat(ProseScope.inScope("SECURITY.md")).isFalse();
        assertThat(ProseScope.inScope("assets/report-template.md")).isFalse();
        assertThat(ProseScope.inScope("templates/plan.md")).isFalse();
        assertThat(ProseScope.inScope("evals/case-1/prompt.md")).isFalse();
        assertThat(ProseScope.inScope("evals-extra/x.md")).isFalse();
    }

    @Test
    void filesUnderExamplesAreIllustrative() {
        assertThat(ProseScope.illustrative("examples/faq.md")).isTrue();
        assertThat(ProseScope.illustrative("reference/example-output.md")).isTrue();
        assertThat(ProseScope.illustrative("references/api.md")).isFalse();
    }
}
