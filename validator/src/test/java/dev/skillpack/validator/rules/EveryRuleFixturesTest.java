package dev.skillpack.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.testing.RuleFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule has a failing fixture ({@code rules/<ID>/bad}) whose expectation markers it must
 * meet exactly, and a clean fixture ({@code rules/<ID>/good}) on which it must find nothing. The
 * history rules read git facts, which a folder cannot hold: their failing and clean fixtures are real
 * repositories built by {@code HistoryRulesTest}, one pair per rule.
 */
class EveryRuleFixturesTest {

    static Stream<Rule> rules() {
        return BuiltinRules.all().stream().filter(r -> r.meta().category() != Category.HISTORY);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("rules")
    void badFixtureGivesExactlyTheMarkedFindings(Rule rule) {
        String id = rule.meta().id();
        assertThat(Path.of("src/test/resources/rules", id, "bad")).as("failing fixture of " + id).isDirectory();
        List<Finding> findings = RuleFixtures.verify(rule, id + "/bad");
        assertThat(findings).as("the failing fixture of " + id + " must fail").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("rules")
    void goodFixtureIsClean(Rule rule) {
        String id = rule.meta().id();
        Path good = Path.of("src/test/resources/rules", id, "good");
        assertThat(good).as("clean fixture of " + id).isDirectory();
        assertThat(Files.exists(good.resolve("expected.txt"))).as("a clean fixture expects nothing").isFalse();
        assertThat(RuleFixtures.verify(rule, id + "/good")).isEmpty();
    }
}
