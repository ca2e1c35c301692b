package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.analysis.SkillAnalysis;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule on a skill reads the same analysis, so each derived view is built once per skill. */
class SkillAnalysisSharingTest {

    @Test
    void rulesOfOneSkillShareOneAnalysisAndItsViews() {
        Set<Object> analyses = identitySet();
        Set<Object> views = identitySet();
        Rule first = new ReadingRule("XT101", "reads-first", analyses, views);
        Rule second = new ReadingRule("XT102", "reads-second", analyses, views);
        MemorySkillSource source = MemorySkillSource.ofText("pack", Map.of(
                "alpha/SKILL.md", "---\nname: alpha\ndescription: A. Use when testing.\n---\n",
                "beta/SKILL.md", "---\nname: beta\ndescription: B. Use when testing.\n---\n"));

        var result = Validator.builder().rules(List.of(first, second)).build().validate(source);

        // two skills: two analyses, and per skill one reference graph, one prose list, one file-set value
        assertThat(analyses).hasSize(2);
        assertThat(views).hasSize(6);
        assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.message()).containsExactlyInAnyOrder(
                "XT101 alpha", "XT102 alpha", "XT101 beta", "XT102 beta");
    }

    @Test
    void askingForTheAnalysisWhileCheckingThePackIsARuleCrash() {
        Rule packRule = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT103", "asks-on-pack", Category.SPEC, Severity.INFO, "Asks on the pack (test rule).");
            }

            @Override
            public void checkPack(SkillPack pack, RuleContext context) {
                context.analysis();
            }
        };
        var result = Validator.builder().rules(List.of(packRule)).build().validate(MemorySkillSource.ofText("pack",
                Map.of("alpha/SKILL.md", "---\nname: alpha\ndescription: A. Use when testing.\n---\n")));
        assertThat(result.crashes()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("rule crashed: java.lang.IllegalStateException: a rule asked for the skill analysis "
                        + "while checking the pack"));
    }

    private static Set<Object> identitySet() {
        return Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private record ReadingRule(String id, String alias, Set<Object> analyses, Set<Object> views) implements Rule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of(id, alias, Category.CONCISE, Severity.INFO, "Reports the analysed skill (test rule).");
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            SkillAnalysis analysis = context.analysis();
            analyses.add(analysis);
            views.add(analysis.references());
            views.add(analysis.prose());
            views.add(analysis.fileSets());
            context.report(skill.skillFile().lines().span(0, 0), analysis.skill().folderName());
        }
    }
}
