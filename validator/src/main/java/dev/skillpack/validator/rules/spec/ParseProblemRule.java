package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that reports what the parser could not read: each {@link ProblemCode} belongs to exactly one
 * such rule. Problems of a skill are reported with the skill, problems that belong to no skill (limits
 * hit while listing the pack, no SKILL.md anywhere) with the pack.
 */
public abstract class ParseProblemRule implements Rule {
    private final RuleMeta meta;
    private final Set<ProblemCode> codes;

    /**
     * @param meta the rule's metadata
     * @param codes the problem codes it reports
     */
    protected ParseProblemRule(RuleMeta meta, Set<ProblemCode> codes) {
        this.meta = meta;
        this.codes = Set.copyOf(codes);
    }

    /** @return the problem codes this rule reports */
    public final Set<ProblemCode> codes() {
        return codes;
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (ParseProblem problem : skill.problems()) {
            if (codes.contains(problem.code())) {
                context.report(problem.span(), message(problem, Optional.of(skill)));
            }
        }
    }

    @Override
    public void checkPack(SkillPack pack, RuleContext context) {
        for (ParseProblem problem : pack.problems()) {
            if (codes.contains(problem.code())) {
                context.report(problem.span(), message(problem, Optional.empty()));
            }
        }
    }

    /**
     * @param problem a problem of this rule's codes
     * @param skill the skill it belongs to, empty for a pack-level problem
     * @return the message to report; the parser's own by default
     */
    protected String message(ParseProblem problem, Optional<Skill> skill) {
        return problem.message();
    }
}
