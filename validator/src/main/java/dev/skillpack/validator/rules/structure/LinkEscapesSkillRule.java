package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Locale;

/**
 * A link leaves the skill folder ({@code ../}, an absolute path, {@code file:}): it works in the
 * author's repository and breaks once the skill is installed or packaged on its own.
 */
public final class LinkEscapesSkillRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP207", "link-escapes-skill", Category.STRUCTURE,
            Severity.ERROR, "A link points outside the skill folder.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath())) {
                continue;
            }
            for (Link link : doc.links()) {
                String destination = link.destination().strip();
                if (BrokenLinkRule.templated(destination)) {
                    continue;
                }
                boolean fileScheme = destination.toLowerCase(Locale.ROOT).startsWith("file:");
                if (link.target().kind() == LinkTarget.Kind.OUTSIDE || fileScheme) {
                    boolean absolute = fileScheme || !destination.startsWith("..");
                    context.report(link.span(), String.format("link '%s' %s; it breaks once the skill is installed "
                            + "or packaged on its own — copy what it needs into the skill and link it relatively",
                            destination, absolute ? "is an absolute path" : "leaves the skill folder"));
                }
            }
        }
    }
}
