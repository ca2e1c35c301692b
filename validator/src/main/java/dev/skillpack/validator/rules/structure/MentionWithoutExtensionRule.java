package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.ReferenceGraph;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.FixKind;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file names a skill file by its path without the extension ({@code scripts/check_fields}
 * for {@code scripts/check_fields.py}), so an agent that follows the path finds nothing.
 */
public final class MentionWithoutExtensionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP205", "mention-without-extension", Category.STRUCTURE,
            Severity.WARNING, "A file is named by its path without its extension.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public FixKind fixKind() {
        return FixKind.UNSAFE;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        ReferenceGraph graph = context.analysis().references();
        for (String source : graph.files()) {
            Optional<MarkdownDocument> doc = skill.markdown(source);
            if (doc.isEmpty()) {
                continue;
            }
            for (ReferenceGraph.Edge edge : graph.edgesFrom(source)) {
                if (edge.kind() != ReferenceGraph.EdgeKind.NO_EXTENSION) {
                    continue;
                }
                String written = doc.get().file().text().substring(edge.span().offset(), edge.span().endOffset());
                String extension = edge.target().substring(edge.target().lastIndexOf('.'));
                Fix fix = new Fix("add the extension " + extension, false,
                        List.of(new TextEdit(edge.span().endOffset(), 0, extension)));
                context.report(edge.span(), String.format("'%s' names %s without its extension; write the full file "
                        + "name so the agent can open or run it", written, edge.target()), fix);
            }
        }
    }
}
