package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Locale;
import java.util.Optional;

/** A relative link or image in a Markdown file points at a file the skill does not have. */
public final class BrokenLinkRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP206", "broken-link", Category.STRUCTURE, Severity.ERROR,
            "A relative link points at a file the skill does not have.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath()) || LinkEscapesSkillRule.template(doc.file().relativePath())) {
                continue;
            }
            for (Link link : doc.links()) {
                if (link.target().kind() != LinkTarget.Kind.MISSING || templated(link.destination())) {
                    continue;
                }
                String path = link.target().path();
                Optional<String> otherCase = skill.resources().stream().map(Resource::relativePath)
                        .filter(p -> p.equalsIgnoreCase(path)).findFirst();
                context.report(link.span(), otherCase.map(p -> String.format("link target '%s' does not exist; the "
                        + "file is %s and letter case matters on Linux", link.destination().strip(), p))
                        .orElse(String.format("link target '%s' does not exist in the skill; fix the path or add the "
                                + "file", link.destination().strip())));
            }
        }
    }

    /** A destination with a template variable ({@code {baseDir}/x.md}, {@code $SKILL_DIR/x}) is filled in later. */
    static boolean templated(String destination) {
        return destination.indexOf('{') >= 0 || destination.indexOf('}') >= 0 || destination.indexOf('$') >= 0
                || destination.toLowerCase(Locale.ROOT).contains("%7b");
    }
}
