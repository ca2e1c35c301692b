package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.ReferenceGraph;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;

/**
 * Every file under {@code references/} is named by its path in SKILL.md, by a link or as text.
 * Pointing at the folder ("see references/") does not count: agents read the references they are
 * explicitly sent to and skip the rest.
 */
public final class ReferenceNotNamedRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP215", "reference-not-named", Category.STRUCTURE,
            Severity.WARNING, "A file under references/ is not named by its path in SKILL.md.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        ReferenceGraph graph = context.analysis().references();
        for (Resource r : SkillLayout.files(skill)) {
            String path = r.relativePath();
            if (!path.startsWith("references/")) {
                continue;
            }
            List<ReferenceGraph.Edge> fromSkill = graph.edgesTo(path).stream()
                    .filter(e -> e.source().equals(graph.skillFile())).toList();
            if (fromSkill.stream().anyMatch(ReferenceGraph.Edge::byPath)) {
                continue;
            }
            String file = graph.skillFile();
            java.util.Optional<ReferenceGraph.Edge> namedElsewhere = graph.edgesTo(path).stream()
                    .filter(ReferenceGraph.Edge::byPath).findFirst();
            String why;
            if (namedElsewhere.isPresent()) {
                why = String.format("%s is named only in %s, not in %s", path, namedElsewhere.get().source(), file);
            } else if (!fromSkill.isEmpty()) {
                why = String.format("%s points only at its folder, never at %s", file, path);
            } else {
                why = String.format("%s is never named in %s", path, file);
            }
            context.report(SourceSpan.wholeFile(r.path()), String.format("%s; agents read the references they are sent "
                    + "to and skip the rest — add a line such as \"Read %s when …\" to %s", why, path, file));
        }
    }
}
