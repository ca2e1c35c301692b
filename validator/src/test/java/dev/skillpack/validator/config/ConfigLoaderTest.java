package dev.skillpack.validator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.testing.SampleRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(RuleRegistry.of(SampleRules.all()));

    private List<String> problems(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse(".skillpack.yaml", yaml));
        assertThat(e).as("config should be rejected").isNotNull();
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void readsEverySetting() throws ConfigException {
        ConfigFile file = loader.parse(".skillpack.yaml", """
                target: claude-code
                tokenizer: cl100k_base
                allowed-frontmatter-keys: [version, tags]
                rules:
                  XT001: warning
                  sample-sprawl: off
                  concise: info
                overrides:
                  - paths: ["legacy/**", "drafts"]
                    rules:
                      XT001: {severity: error, options: {limit: 3, word: FIXME, extra: [a, b]}}
                ignore: ["**/vendor/**"]
                """);
        assertThat(file.target()).contains(Target.CLAUDE_CODE);
        assertThat(file.tokenizer()).contains(Tokenizer.CL100K_BASE);
        assertThat(file.allowedFrontmatterKeys()).containsExactly("version", "tags");
        // the rule entry wins over its category, whatever the order
        assertThat(file.rules().get("XT001")).isEqualTo(new RuleConfig(true, Severity.WARNING, Map.of()));
        assertThat(file.rules().get("XT002")).isEqualTo(RuleConfig.OFF);
        assertThat(file.overrides()).hasSize(1);
        assertThat(file.overrides().get(0).paths()).containsExactly("legacy/**", "drafts");
        assertThat(file.overrides().get(0).rules().get("XT001"))
                .isEqualTo(new RuleConfig(true, Severity.ERROR, Map.of("limit", 3, "word", "FIXME",
                        "extra", List.of("a", "b"))));
        assertThat(file.ignore()).containsExactly("**/vendor/**");
        assertThat(file.toValidatorConfig(Target.AGENTSKILLS).target()).isEqualTo(Target.CLAUDE_CODE);
    }

    @Test
    void emptyOrCommentOnlyFileSetsNothing() throws ConfigException {
        ConfigFile file = loader.parse("c.yaml", "# nothing yet\n\n");
        assertThat(file.rules()).isEmpty();
        assertThat(file.target()).isEmpty();
    }

    @Test
    void unknownKeysRulesAndBadValuesAreReportedWithPositions() {
        assertThat(problems("""
                rule:
                  XT001: warning
                target: claude
                rules:
                  XT009: off
                  sample-todoo: off
                  XT001: loud
                  XT002: {severity: error, option: {}}
                """)).containsExactly(
                ".skillpack.yaml:1:1: unknown setting 'rule'; did you mean 'rules'?; the settings are target, tokenizer,"
                        + " rules, allowed-frontmatter-keys, overrides, ignore, limits",
                ".skillpack.yaml:3:9: unknown target 'claude'; use agentskills, claude-code or codex",
                ".skillpack.yaml:5:3: unknown rule 'XT009'; did you mean 'XT001'?; run 'skillpack rules' to list ids"
                        + " and aliases",
                ".skillpack.yaml:6:3: unknown rule 'sample-todoo'; did you mean 'sample-todo'?; run 'skillpack rules'"
                        + " to list ids and aliases",
                ".skillpack.yaml:7:10: bad severity 'loud' for XT001; use off, info, warning or error",
                ".skillpack.yaml:8:28: unknown setting 'option' for XT002; did you mean 'options'?; use severity and"
                        + " options");
    }

    @Test
    void optionsAreCheckedAgainstTheRulesOptionSpecs() {
        assertThat(problems("""
                rules:
                  XT001:
                    options:
                      limit: many
                      word: [a]
                      extra: [a, {b: c}]
                      colour: red
                  XT002: {options: {x: 1}}
                """)).containsExactly(
                ".skillpack.yaml:4:14: option limit of XT001 must be a whole number, not the string 'many'",
                ".skillpack.yaml:5:13: option word of XT001 must be a string, not the list",
                ".skillpack.yaml:6:18: option extra of XT001 must be a list of strings; this item is a mapping",
                ".skillpack.yaml:7:7: unknown option 'colour' for XT001(sample-todo); its options are word, limit, extra",
                ".skillpack.yaml:8:21: unknown option 'x' for XT002(sample-sprawl); it takes no options");
    }

    @Test
    void aValueAnOptionKeyRefusesIsAProblemAtTheItem() {
        ConfigLoader builtin = new ConfigLoader(RuleRegistry.builtin());
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> builtin.parse(".skillpack.yaml", """
                rules:
                  unreached-file:
                    options: {exclude: ["drafts/**", "a/[b"]}
                """));
        assertThat(e).isNotNull();
        assertThat(e.problems()).map(ConfigProblem::toString).containsExactly(
                ".skillpack.yaml:3:38: option exclude of SP204 has a bad value: unclosed '[' in glob 'a/[b'");
    }

    @Test
    void yamlErrorsAliasesAndWrongShapesAreProblems() {
        assertThat(problems("rules: [XT001]\n")).containsExactly(
                ".skillpack.yaml:1:8: rules must be a mapping of rule ids or aliases to settings, not a list");
        assertThat(problems("base: &b {XT001: off}\nrules: *b\n")).contains(
                ".skillpack.yaml:1:7: YAML anchor &b is not allowed in config; write each value out",
                ".skillpack.yaml:2:8: YAML alias *b is not allowed in config; write the value out");
        assertThat(problems("rules:\n  XT001: [\n")).singleElement().asString()
                .startsWith(".skillpack.yaml:").contains("config is not valid YAML");
        assertThat(problems("- a\n- b\n")).containsExactly(
                ".skillpack.yaml:1:1: config must be a YAML mapping of settings (rules:, target:, ...)");
        assertThat(problems("overrides:\n  - rules: {XT001: off}\n  - paths: ['a/[b']\n")).containsExactly(
                ".skillpack.yaml:2:5: override has no paths; add paths: [\"some/folder/**\"]",
                ".skillpack.yaml:3:13: bad glob in paths: unclosed '[' in glob 'a/[b'");
    }

    @Test
    void categoriesTakeNoOptions() {
        assertThat(problems("rules:\n  concise: {options: {limit: 1}}\n")).containsExactly(
                ".skillpack.yaml:2:13: a category (concise) takes no options; set options on each rule");
    }

    @Test
    void findsTheNearestFileAbove(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        assertThat(ConfigLoader.find(nested)).isEmpty();
        Files.writeString(dir.resolve("a/.skillpack.yaml"), "rules: {}\n");
        assertThat(ConfigLoader.find(nested)).contains(dir.resolve("a/.skillpack.yaml").toAbsolutePath().normalize());
        Files.writeString(dir.resolve("a/b/.skillpack.yaml"), "rules: {}\n");
        assertThat(ConfigLoader.find(nested)).contains(dir.resolve("a/b/.skillpack.yaml").toAbsolutePath().normalize());
    }

    @Test
    void unreadableOrBinaryFileIsAProblem(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve(".skillpack.yaml");
        Files.write(bad, new byte[] {'r', ':', ' ', (byte) 0xff, '\n'});
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(bad, "x/.skillpack.yaml"));
        assertThat(e.problems()).extracting(ConfigProblem::toString)
                .containsExactly("x/.skillpack.yaml:1:1: config file is not valid UTF-8; save it as UTF-8");
    }
}
