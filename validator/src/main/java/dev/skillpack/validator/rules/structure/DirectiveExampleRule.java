package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.Table;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In a reference, a section that carries neither a short directive nor a code example: it is empty,
 * or it opens with a long paragraph and shows nothing. Short explicit directives with example code are
 * what made reference files work; long explanations without examples are what agents skim.
 * Navigation sections (contents, overview, see also, ...), sections whose sub-sections carry the
 * content, and sections that hold a table or code are left alone.
 */
public final class DirectiveExampleRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP216", "directive-example", Category.STRUCTURE,
            Severity.INFO, "A reference section has neither a short directive nor a code example.",
            OptionSpec.integer("max-directive-words", 80, "most words the paragraph opening a section may have to "
                    + "count as a directive"),
            OptionSpec.stringList("paths", List.of("references/**"), "globs of the Markdown files checked"));
    private static final Pattern NAVIGATION = Pattern.compile("(?i).*\\b(?:contents|toc|overview|introduction|intro|"
            + "summary|background|about|purpose|scope|see also|resources|further reading|related|links|index|"
            + "glossary|appendix|notes?|changelog|history|prerequisites|requirements|quick ?start|quick reference|"
            + "cheat ?sheet|faq|when to use|terminology|definitions|references?|why|rationale|motivation|"
            + "context)\\b.*");

    private static final Pattern COMMENTS_ONLY = Pattern.compile("(?s)\\s*(?:<!--.*?-->\\s*)+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int maxWords = context.options().integer("max-directive-words");
        List<Glob> paths = context.options().stringList("paths").stream()
                .map(g -> Glob.compile(g)).toList();
        for (ReferenceFile reference : skill.references()) {
            if (SkillLayout.ignored(reference.relativePath())
                    || paths.stream().noneMatch(m -> m.matches(reference.relativePath()))) {
                continue;
            }
            reference.document().allSections().forEach(section -> check(section, maxWords, context));
        }
    }

    private static void check(Section section, int maxWords, RuleContext context) {
        String heading = section.heading().text();
        if (!section.children().isEmpty() || NAVIGATION.matcher(heading).matches()) {
            return;
        }
        List<Block> blocks = section.blocks().stream().filter(b -> !isComment(b)).toList();
        if (blocks.stream().anyMatch(b -> b instanceof CodeExample || b instanceof Table || b instanceof HtmlBlock)) {
            return;
        }
        if (blocks.isEmpty()) {
            context.report(section.heading().span(), String.format("section \"%s\" is empty; give it a short "
                    + "directive and a code example, or remove the heading", heading));
            return;
        }
        if (blocks.get(0) instanceof Paragraph opening) {
            int words = words(opening.text());
            if (words > maxWords) {
                context.report(section.heading().span(), String.format("section \"%s\" opens with a %d-word paragraph "
                        + "and shows no code; open with a directive of at most %d words and show it applied in an "
                        + "example", heading, words, maxWords));
            }
        }
    }

    /** HTML comments (notes, suppressions) are not content. */
    private static boolean isComment(Block block) {
        return block instanceof HtmlBlock html && COMMENTS_ONLY.matcher(html.html()).matches();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
