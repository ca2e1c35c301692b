package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.analysis.AsciiCase;
import dev.skillpack.validator.analysis.LiteralScan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SP410: prompt injection in the skill's visible text and metadata: wording that overrides the model's
 * earlier instructions, switches off its safety rules or hides actions from the user, in the body and
 * every Markdown file's prose, in {@code description} and in every front-matter value; and chat role
 * markup ({@code <system>}, {@code <|im_start|>}, {@code [INST]}) in front-matter values, which reach every
 * session because the description is always loaded. Wording in quotation marks, code, block quotes and
 * paragraphs that discuss attacks (prompt injection, jailbreaks, malicious examples) is mentioned, not
 * meant, and passes.
 */
public final class PromptInjectionRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP410", "prompt-injection", Category.SECURITY, Severity.ERROR,
            "Text or metadata tries to override the model's instructions, switch off its safety rules, hide "
                    + "actions from the user, or carries chat role markup.");
    private static final Pattern DISCUSSION = Pattern.compile("(?i)\\b(?:vulnerab\\w*|malicious|attack\\w*|exploit\\w*|"
            + "payloads?|injections?|injected|jailbreak\\w*|adversar\\w*|red[- ]team\\w*|examples?|e\\.g\\.|detect\\w*|"
            + "flag(?:s|ged)?|look for|suspicious|phishing|threats?|indicators?|such as)\\b");
    /** Every DISCUSSION match holds one of these once ASCII letters are lower-cased, so other texts are not searched. */
    private static final LiteralScan DISCUSSION_WORDS = LiteralScan.of(List.of(List.of("vulnerab", "malicious",
            "attack", "exploit", "payload", "inject", "jailbreak", "adversar", "red-team", "red team", "example",
            "e.g.", "detect", "flag", "look for", "suspicious", "phishing", "threat", "indicator", "such as")));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (YamlEntry entry : skill.frontmatter().entries()) {
            scalars(entry.value(), entry.key(), context);
        }
        for (MarkdownDocument doc : skill.markdownFiles()) {
            String text = doc.file().text();
            // whether the current heading introduces a discussion: matched once per heading, not per block
            boolean headingDiscusses = false;
            for (Block block : doc.blocks()) {
                if (block instanceof Heading h) {
                    headingDiscusses = discusses(h.text());
                }
                if (block instanceof CodeExample || block instanceof HtmlBlock
                        || block instanceof Paragraph q && q.container() == Block.Container.BLOCK_QUOTE) {
                    continue;
                }
                if (block instanceof Paragraph p && discusses(p.text())
                        || headingDiscusses && !(block instanceof Heading)) {
                    continue;
                }
                SourceSpan span = block.span();
                String raw = text.substring(span.offset(), span.endOffset());
                Optional<Directives.Hit> hit = Directives.find(raw, Directives.PROSE);
                hit.ifPresent(h -> context.report(doc.file().lines().span(span.offset() + h.start(), h.end() - h.start()),
                        message(h, "text")));
            }
        }
    }

    /** @return whether the text presents what it says as a discussion of attacks or as examples */
    static boolean discusses(String text) {
        return DISCUSSION_WORDS.any(AsciiCase.lower(text)) && DISCUSSION.matcher(text).find();
    }

    private static void scalars(YamlValue value, String key, RuleContext context) {
        if (value instanceof YamlScalar s) {
            List<Directives.Family> families = new ArrayList<>(Directives.PROSE);
            families.add(Directives.ROLE_TAG);
            Directives.find(s.text(), families).ifPresent(h -> context.report(s.span(), message(h, "'" + key + "'")));
        } else if (value instanceof YamlMapping m) {
            for (YamlEntry e : m.entries()) {
                scalars(e.value(), key + "." + e.key(), context);
            }
        } else if (value instanceof YamlSequence seq) {
            for (YamlValue item : seq.items()) {
                scalars(item, key, context);
            }
        }
    }

    private static String message(Directives.Hit hit, String where) {
        String shown = CodePoints.asciiOnly(hit.text().strip().replaceAll("\\s+", " "), 80);
        if (hit.family() == Directives.ROLE_TAG) {
            return String.format("%s %s ('%s'); the description and front matter reach every session: remove the "
                    + "markup", where, hit.family().what(), shown);
        }
        return String.format("%s says '%s', which %s; a skill that needs this is hostile or compromised: remove it",
                where.equals("text") ? "The text" : where, shown, hit.family().what());
    }
}
