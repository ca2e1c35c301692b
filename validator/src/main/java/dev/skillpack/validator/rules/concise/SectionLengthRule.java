package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SP315: one section (heading to the next heading of any level) carries more prose than a reader, or an
 * agent, takes in at once. Only prose counts: code examples are the content a reference should carry.
 */
public final class SectionLengthRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 1000,
            "most prose tokens (code excluded) one section may hold");
    private static final RuleMeta META = RuleMeta.of("SP315", "section-length", Category.CONCISE, Severity.INFO,
            "A section carries more prose than the set number of tokens before its next heading.",
            MAX_TOKENS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        for (ProseDocument doc : context.analysis().prose()) {
            Map<Integer, StringBuilder> prose = new TreeMap<>();
            for (ProseBlock block : doc.blocks()) {
                if (block.kind() != ProseBlock.Kind.HEADING) {
                    prose.computeIfAbsent(block.section(), s -> new StringBuilder())
                            .append(unmasked(block.text())).append('\n');
                }
            }
            List<Heading> headings = doc.document().headings();
            for (Map.Entry<Integer, StringBuilder> section : prose.entrySet()) {
                String text = section.getValue().toString();
                // most sections are settled by a bound, without tokenizing
                int tokens = context.tokens().countIfOver(text, max);
                if (tokens < 0) {
                    continue;
                }
                int index = section.getKey();
                SourceSpan where = index == 0 || index > headings.size()
                        ? doc.document().file().lines().span(doc.document().bodyOffset(), 0)
                        : headings.get(index - 1).span();
                String name = index == 0 || index > headings.size() ? "the text before the first heading"
                        : "section \"" + headings.get(index - 1).text() + "\"";
                context.report(where, String.format(Locale.ROOT, "%s holds %,d tokens of prose before the next "
                        + "heading (the limit is %,d); split it under sub-headings or move the detail into a "
                        + "reference file", name, tokens, max));
            }
        }
    }

    private static String unmasked(String masked) {
        return masked.replace(ProseDocument.CODE, ' ').replace(ProseDocument.QUOTE, ' ');
    }
}
