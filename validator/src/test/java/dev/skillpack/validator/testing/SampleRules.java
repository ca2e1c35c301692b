package dev.skillpack.validator.testing;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only rules with stable behaviour, so engine, report and CLI tests do not change when real
 * rules do. Ids use the prefix XT, which no built-in rule uses.
 */
public final class SampleRules {
    private SampleRules() {
    }

    /** @return the sample rules */
    public static List<Rule> all() {
        return List.of(new Todo(), new Sprawl());
    }

    /** XT001 sample-todo (error): every {@code TODO} in Markdown, with a safe fix to {@code Done}. */
    public static final class Todo implements Rule {
        private static final Pattern TODO = Pattern.compile("\\bTODO\\b");
        private static final RuleMeta META = RuleMeta.of("XT001", "sample-todo", Category.CONCISE, Severity.ERROR,
                "Flags TODO placeholders (test rule)", OptionKey.string("word", "TODO", "ignored, for config tests"),
                OptionKey.integer("limit", 10, "ignored, for config tests"),
                OptionKey.stringList("extra", List.of(), "ignored, for config tests"));

        /** Public for ServiceLoader. */
        public Todo() {
        }

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public dev.skillpack.validator.rule.FixKind fixKind() {
            return dev.skillpack.validator.rule.FixKind.SAFE;
        }

        /** One regex pass over the text: it reads files over the analysis limit too (tests of huge lines use it). */
        @Override
        public boolean scansOversizedFiles() {
            return true;
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            for (MarkdownDocument doc : skill.markdownFiles()) {
                String text = doc.file().text();
                Matcher m = TODO.matcher(text);
                m.region(doc.bodyOffset(), text.length());
                while (m.find()) {
                    context.report(doc.file().lines().span(m.start(), 4), "placeholder 'TODO' left in the text",
                            new Fix("replace TODO with Done", true, List.of(new TextEdit(m.start(), 4, "Done"))));
                }
            }
        }
    }

    /** XT002 sample-sprawl (info): any paragraph mentioning "sprawling", spanning the whole paragraph. */
    public static final class Sprawl implements Rule {
        private static final RuleMeta META = RuleMeta.of("XT002", "sample-sprawl", Category.STRUCTURE, Severity.INFO,
                "Flags sprawling paragraphs (test rule)");

        /** Public for ServiceLoader. */
        public Sprawl() {
        }

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public dev.skillpack.validator.rule.FixKind fixKind() {
            return dev.skillpack.validator.rule.FixKind.UNSAFE;
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            for (MarkdownDocument doc : skill.markdownFiles()) {
                for (Paragraph p : doc.paragraphs()) {
                    if (p.text().contains("sprawling")) {
                        context.report(p.span(), "paragraph is sprawling over " + (p.span().endLine() - p.span().line() + 1)
                                + " lines; split it", new Fix("add a line break", false,
                                List.of(new TextEdit(p.span().offset(), 0, "\n"))));
                    }
                }
            }
        }
    }
}
