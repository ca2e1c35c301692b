package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConcretenessTest {

    @Test
    void specificTextNamesSomething() {
        assertThat(Concreteness.specific("Check every form for a CSRF token")).isTrue();
        assertThat(Concreteness.specific("Keep pages under 100 KB")).isTrue();
        assertThat(Concreteness.specific("Escape output with html_escape")).isTrue();
        assertThat(Concreteness.specific("Use the Flask extension")).isTrue();
        assertThat(Concreteness.specific("Handle errors such as timeouts")).isTrue();
        assertThat(Concreteness.specific("Review the code for security issues")).isFalse();
        assertThat(Concreteness.specific("Follow best practices. Make sure the code is secure.")).isFalse();
        assertThat(Concreteness.specific("You MUST NEVER do that")).isFalse();
    }

    @Test
    void aListItemIsBackedByWhatIsNestedUnderIt() {
        ProseDocument doc = Prose.of("""
                1. Review the code for security issues:
                   - every form has `{{ csrf_token }}`
                2. Review the code for security issues.
                3. Start the server.
                """);
        Concreteness concreteness = new Concreteness(doc);
        var sentences = doc.paragraphSentences();
        assertThat(concreteness.backed(sentences.get(0))).isTrue();
        assertThat(concreteness.backed(sentences.get(2))).isFalse();
    }

    @Test
    void aTopLevelParagraphIsBackedByItsSection() {
        ProseDocument doc = Prose.of("# A\n\nFollow best practices.\n\n```python\nx = 1\n```\n\n# B\n\nFollow best practices.\n");
        Concreteness concreteness = new Concreteness(doc);
        var sentences = doc.paragraphSentences();
        assertThat(concreteness.backed(sentences.get(0))).isTrue();
        assertThat(concreteness.backed(sentences.get(1))).isFalse();
    }
}
