package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.SharedKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value several rules derive from one skill is computed once per skill, not once per rule. */
class SharedValuesTest {
    private static final SharedKey<String> KEY = SharedKey.of("folder name, counted");

    @Test
    void eachSkillComputesASharedValueOnceForAllRules() {
        AtomicInteger computed = new AtomicInteger();
        Rule first = new AskingRule("XT101", "asks-first", computed);
        Rule second = new AskingRule("XT102", "asks-second", computed);
        MemorySkillSource source = MemorySkillSource.ofText("pack", Map.of(
                "alpha/SKILL.md", "---\nname: alpha\ndescription: A. Use when testing.\n---\n",
                "beta/SKILL.md", "---\nname: beta\ndescription: B. Use when testing.\n---\n"));

        var result = Validator.builder().rules(List.of(first, second)).build().validate(source);

        assertThat(computed).hasValue(2);
        assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.message()).containsExactlyInAnyOrder(
                "XT101 alpha", "XT102 alpha", "XT101 beta", "XT102 beta");
    }

    private record AskingRule(String id, String alias, AtomicInteger computed) implements Rule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of(id, alias, Category.CONCISE, Severity.INFO, "Reports the shared value (test rule).");
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            String value = context.shared(KEY, () -> {
                computed.incrementAndGet();
                return skill.folderName();
            });
            context.report(skill.skillFile().lines().span(0, 0), value);
        }
    }
}
