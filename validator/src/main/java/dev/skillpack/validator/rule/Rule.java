package dev.skillpack.validator.rule;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;

/**
 * A check: a small stateless, thread-safe class plus its {@link RuleMeta}. Rules read the parsed
 * model and report through the {@link RuleContext}; they never throw for bad input. Custom rules
 * from other jars register through {@code META-INF/services/dev.skillpack.validator.rule.Rule}.
 */
public interface Rule {

    /** @return the rule's declared metadata */
    RuleMeta meta();

    /**
     * Checks one skill. Called once per skill, possibly on several threads at once.
     *
     * @param skill the parsed skill
     * @param context where to report
     */
    default void checkSkill(Skill skill, RuleContext context) {
    }

    /**
     * Checks what concerns the pack as a whole (all skills together). Called once per pack.
     *
     * @param pack the parsed pack
     * @param context where to report
     */
    default void checkPack(SkillPack pack, RuleContext context) {
    }

    /**
     * Whether the rule reads text files over the analysis limit ({@code limits: analysed-bytes}, SP110) whole.
     * Those files are not analysed in depth: every other rule sees such a file as one that was not read (no text,
     * no Markdown; a SKILL.md keeps only its front matter). A rule that says yes gets the full text and must do
     * bounded work per character on it (a linear scan, as the character and secret checks do), never parse or
     * tokenize it.
     *
     * @return true for a rule that scans the characters of every text file, however large; false by default
     */
    default boolean scansOversizedFiles() {
        return false;
    }

    /** @return what {@code --fix} can do about this rule's findings; rules with a fix say so */
    default FixKind fixKind() {
        return FixKind.NONE;
    }
}
