package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A long stretch of prose with no headings to navigate by. Code does not count as prose, and
 * block-level XML-style tags ({@code <overview>}) count as headings, as some skills structure with them.
 */
public final class MissingHeadingsRule implements Rule {
    private static final OptionKey<Integer> MAX_LINES = OptionKey.integer("max-lines", 20,
            "most prose lines a file without any heading may have");
    private static final OptionKey<Integer> MAX_LINES_ONE_HEADING = OptionKey.integer("max-lines-one-heading", 60,
            "most prose lines a file with a single heading may have");
    private static final RuleMeta META = RuleMeta.of("SP213", "missing-headings", Category.STRUCTURE, Severity.INFO,
            "A Markdown file has long prose with no heading, or only one.",
            MAX_LINES, MAX_LINES_ONE_HEADING);
    private static final Pattern XML_TAG = Pattern.compile("(?m)^\\s*<[a-z_][\\w-]*(?:\\s[^>]*)?>\\s*$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int none = context.options().get(MAX_LINES);
        int one = context.options().get(MAX_LINES_ONE_HEADING);
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath())) {
                continue;
            }
            List<Heading> headings = doc.headings();
            long tags = doc.blocks().stream().filter(HtmlBlock.class::isInstance)
                    .map(b -> ((HtmlBlock) b).html()).filter(h -> XML_TAG.matcher(h).find()).count();
            long count = headings.size() + tags;
            if (count > 1) {
                continue;
            }
            int prose = proseLines(doc);
            String name = doc.file().relativePath();
            if (count == 0 && prose > none) {
                SourceSpan start = doc.file().lines().span(doc.bodyOffset(), 0);
                context.report(start, String.format("%s has %d lines of prose and no heading; add headings so the "
                        + "agent can find the part it needs", name, prose));
            } else if (count == 1 && prose > one) {
                SourceSpan at = headings.isEmpty() ? doc.file().lines().span(doc.bodyOffset(), 0)
                        : headings.get(0).span();
                context.report(at, String.format("%s has %d lines of prose under a single heading; split it into "
                        + "sections the agent can find its way through", name, prose));
            }
        }
    }

    private static int proseLines(MarkdownDocument doc) {
        int lines = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof Paragraph p) {
                for (int i = p.span().lineIndex(); i <= p.span().endLineIndex(); i++) {
                    if (!doc.file().lines().lineText(i).isBlank()) {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
