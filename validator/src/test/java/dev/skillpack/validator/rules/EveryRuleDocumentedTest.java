package dev.skillpack.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule has a doc page in the agreed shape; ids and aliases are unique. */
class EveryRuleDocumentedTest {
    private static final Path DOCS = Path.of("../docs/rules");

    static Stream<Rule> rules() {
        return BuiltinRules.all().stream();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("rules")
    void docPageHasTitleSummaryBadAndGoodExamples(Rule rule) throws IOException {
        RuleMeta meta = rule.meta();
        Path page = DOCS.resolve(meta.id() + ".md");
        assertThat(page).as("doc page of " + meta.id()).isRegularFile();
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# " + meta.id() + " " + meta.alias() + "\n");
        assertThat(text).contains("| Category | " + meta.category().id() + " |");
        assertThat(text).contains("| Default severity | " + meta.defaultSeverity().id() + " |");
        assertThat(text).contains("\n## Bad\n").contains("\n## Good\n");
        for (var option : meta.options()) {
            assertThat(text).as("option " + option.name() + " documented").contains("`" + option.name() + "`");
        }
    }

    @Test
    void idsAndAliasesAreUniqueAndFollowTheCategoryNumbering() {
        Set<String> ids = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        for (Rule rule : BuiltinRules.all()) {
            RuleMeta meta = rule.meta();
            assertThat(ids.add(meta.id())).as("unique id " + meta.id()).isTrue();
            assertThat(aliases.add(meta.alias())).as("unique alias " + meta.alias()).isTrue();
            char digit = meta.id().charAt(2);
            int expected = switch (meta.category()) {
                case SPEC -> '0';
                case BUDGET -> '1';
                case STRUCTURE -> '2';
                case CONCISE -> '3';
                case SECURITY -> '4';
                case HISTORY -> '5';
            };
            assertThat(digit).as("first digit of " + meta.id()).isEqualTo((char) expected);
        }
    }
}
