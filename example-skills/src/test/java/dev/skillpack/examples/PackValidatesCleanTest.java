package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.Finding;
import dev.skillpack.validator.ValidationResult;
import dev.skillpack.validator.Validator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pack is skillpack's dog food: every built-in rule runs on it, and none may find anything. */
class PackValidatesCleanTest {

    @Test
    void everyBuiltInRuleFindsNothing() {
        Validator validator = Validator.builder().build();

        ValidationResult result = validator.validate(ExamplePack.ROOT);

        assertThat(result.packs()).singleElement()
                .satisfies(pack -> assertThat(pack.skills()).extracting(s -> s.folderName())
                        .containsExactly(ExamplePack.SKILL));
        assertThat(result.packs().get(0).skills().get(0).problems()).isEmpty();
        assertThat(result.findings())
                .withFailMessage(() -> "expected no findings on the example pack, got:\n" + describe(result.findings()))
                .isEmpty();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.span().path() + ":" + f.span().line() + " " + f.ruleId() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
