package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.ReferenceGraph;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * A Markdown file reached only through another reference: the spec keeps references one level deep,
 * because an agent reads what SKILL.md sends it to and often stops there. Files under
 * {@code references/} are left to SP215, which asks SKILL.md to name every one of them.
 */
public final class ReferenceChainRule implements Rule {
    private static final OptionKey<Integer> MAX_DEPTH = OptionKey.integer("max-depth", 1,
            "how many files may lie between SKILL.md and a reference, counting the reference (1: SKILL.md names it)");
    private static final RuleMeta META = RuleMeta.of("SP208", "reference-chain", Category.STRUCTURE,
            Severity.WARNING, "A Markdown file is reachable only through another reference.",
            MAX_DEPTH);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int maxDepth = context.options().get(MAX_DEPTH);
        ReferenceGraph graph = context.analysis().references();
        for (String path : graph.files()) {
            if (!SkillLayout.isMarkdown(path) || path.startsWith("references/") || graph.depth(path).isEmpty()) {
                continue;
            }
            int depth = graph.depth(path).getAsInt();
            ReferenceGraph.Edge edge = graph.firstEdge(path).orElse(null);
            if (depth <= maxDepth || edge == null || !SkillLayout.isMarkdown(edge.source())) {
                continue;
            }
            context.report(edge.span(), String.format("%s is reached only through %s, %d steps from SKILL.md; name it "
                    + "in SKILL.md so references stay one level deep", path, edge.source(), depth));
        }
    }
}
