package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectivesTest {

    private static Optional<Directive> read(String text) {
        return Directives.defaults().read(Prose.onlySentence(text + "\n"));
    }

    @Test
    void imperativesAreDirectives() {
        assertThat(read("Run the tests.")).get().satisfies(d -> {
            assertThat(d.verb()).isEqualTo("run");
            assertThat(d.negative()).isFalse();
            assertThat(d.conditional()).isFalse();
        });
        assertThat(read("**Step 2:** Always commit `uv.lock`.")).get().extracting(Directive::verb).isEqualTo("commit");
    }

    @Test
    void prohibitionsAreNegative() {
        assertThat(read("Never commit secrets.")).get().satisfies(d -> {
            assertThat(d.verb()).isEqualTo("commit");
            assertThat(d.negative()).isTrue();
        });
        assertThat(read("Do not use `eval`.")).get().extracting(Directive::negative).isEqualTo(true);
        assertThat(read("Avoid global state.")).get().extracting(Directive::negative).isEqualTo(true);
    }

    @Test
    void conditionClausesAreSkippedAndRemembered() {
        assertThat(read("If the file exists, delete it.")).get().satisfies(d -> {
            assertThat(d.verb()).isEqualTo("delete");
            assertThat(d.conditional()).isTrue();
        });
    }

    @Test
    void modalsMakeDirectivesWithoutAVerb() {
        assertThat(read("The name must be lower case.")).get().extracting(Directive::imperative).isEqualTo(false);
        assertThat(read("You should pin every version.")).isPresent();
    }

    @Test
    void statementsAndChecklistItemsAreNot() {
        assertThat(read("Test results are stored in `out/`.")).isEmpty();
        assertThat(read("The parser reads front matter.")).isEmpty();
        assertThat(read("Human writers always try something new.")).isEmpty();
        assertThat(read("- [ ] Run the tests")).isEmpty();
        assertThat(read("Report is written to disk.")).isEmpty();
    }
}
