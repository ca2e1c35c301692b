package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ConfigFile;
import dev.skillpack.validator.config.ConfigLoader;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The pack is skillpack's dog food: every built-in rule runs on it, configured by the pack's own
 * {@code .skillpack.yaml}, and none may find anything, at any severity.
 */
class PackValidatesCleanTest {

    @Test
    void everyBuiltInRuleFindsNothing() throws Exception {
        ValidatorConfig config = packConfig().toValidatorConfig(Target.AGENTSKILLS);
        Validator validator = Validator.builder().config(config).build();

        ValidationResult result = validator.validate(ExamplePack.ROOT);

        assertThat(result.packs()).singleElement()
                .satisfies(pack -> assertThat(pack.skills()).extracting(s -> s.folderName())
                        .containsExactly(ExamplePack.SKILL));
        assertThat(result.findings())
                .withFailMessage(() -> "expected no findings on the example pack, got:\n" + describe(result.findings()))
                .isEmpty();
    }

    @Test
    void theDefaultsFindNothingEither() {
        ValidationResult result = Validator.builder().build().validate(ExamplePack.ROOT);

        assertThat(result.findings())
                .withFailMessage(() -> "expected no findings at default settings, got:\n" + describe(result.findings()))
                .isEmpty();
    }

    @Test
    void theConfigSetsThePacksBudgets() throws Exception {
        ConfigFile config = packConfig();

        assertThat(config.rules().get("SP101")).extracting(RuleConfig::options)
                .isEqualTo(java.util.Map.of("max-tokens", 1500));
        assertThat(config.rules().get("SP104")).extracting(RuleConfig::options)
                .isEqualTo(java.util.Map.of("max-tokens", 3500));
    }

    private static ConfigFile packConfig() throws Exception {
        return new ConfigLoader(RuleRegistry.builtin()).load(ExamplePack.ROOT.resolve(ConfigLoader.FILE_NAME));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.span().path() + ":" + f.span().line() + " " + f.ruleId() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
