package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void dropsMarkupButKeepsCodeAsWritten() {
        assertThat(Snippet.clean("**Never** use `SELECT *` or [the *old* API](api.md)\n  > in _prod_"))
                .isEqualTo("Never use `SELECT *` or the old API in prod");
    }

    @Test
    void cutsLongTextAtAWordWithAnEllipsis() {
        assertThat(Snippet.cut("one two three four", 12)).isEqualTo("one two…");
        assertThat(Snippet.cut("short", 12)).isEqualTo("short");
        assertThat(Snippet.of("x Run the tests now y", 2, 14)).isEqualTo("Run the test");
    }
}
