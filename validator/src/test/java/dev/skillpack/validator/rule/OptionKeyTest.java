package dev.skillpack.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionKeyTest {
    private static final OptionKey<Integer> LIMIT = OptionKey.integer("limit", 10, "most of them");
    private static final OptionKey<List<Glob>> PATHS = OptionKey.globs("paths", List.of("references/**"), "checked");
    private static final OptionKey<Set<String>> WORDS = OptionKey.lowerCaseWords("words", List.of(" Use ", "CALL"),
            "verbs");
    private static final OptionKey<Integer> WORD_COUNT = OptionKey.stringList("count", List.of("a", "b"), "n")
            .map(List::size);
    private static final RuleMeta META = RuleMeta.of("XT900", "option-keys", Category.STRUCTURE, Severity.INFO,
            "Test rule", LIMIT, PATHS, WORDS, WORD_COUNT);

    @Test
    void defaultsAreConvertedWhenTheKeyIsMade() {
        assertThat(LIMIT.defaultValue()).isEqualTo(10);
        assertThat(PATHS.defaultValue()).singleElement().hasToString("references/**");
        assertThat(PATHS.defaultValue().get(0).matches("references/a/b.md")).isTrue();
        assertThat(WORDS.defaultValue()).containsExactlyInAnyOrder("use", "call");
        assertThat(WORD_COUNT.defaultValue()).isEqualTo(2);
    }

    @Test
    void theDescriptorIsWhatUsersWrite() {
        assertThat(PATHS.spec()).isEqualTo(OptionSpec.stringList("paths", List.of("references/**"), "checked"));
        assertThat(WORD_COUNT.spec().type()).isEqualTo(OptionSpec.Type.STRING_LIST);
        assertThat(META.optionSpecs()).extracting(OptionSpec::name).containsExactly("limit", "paths", "words", "count");
        assertThat(META.option("words")).containsSame(WORDS);
        assertThat(META.option("colour")).isEmpty();
    }

    @Test
    void ruleOptionsConvertWrittenValuesAndFillDefaults() {
        RuleOptions options = RuleOptions.of(META, Map.of("limit", 3, "words", List.of("Set", "set ", "PASS")));
        assertThat(options.get(LIMIT)).isEqualTo(3);
        assertThat(options.get(WORDS)).containsExactlyInAnyOrder("set", "pass");
        assertThat(options.get(PATHS)).singleElement().hasToString("references/**");
        assertThat(options.get(WORD_COUNT)).isEqualTo(2);
    }

    @Test
    void aValueTheConversionRefusesAndAnUndeclaredKeyAreErrors() {
        assertThatThrownBy(() -> PATHS.convert(List.of("docs/**", "a/[b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unclosed '[' in glob 'a/[b'");
        OptionKey<Integer> other = OptionKey.integer("limit", 10, "most of them");
        assertThatThrownBy(() -> RuleOptions.defaults(META).get(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rule did not declare option limit");
        assertThatThrownBy(() -> RuleMeta.of("XT901", "twice", Category.STRUCTURE, Severity.INFO, "Test rule",
                LIMIT, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule XT901 declares an option name twice");
    }
}
