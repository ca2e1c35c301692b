package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.HtmlComment;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP412: instructions hidden where people do not look: HTML comments and Markdown link-reference
 * definitions used as comments ({@code [//]: # (text)}). Rendered Markdown shows neither, but the model
 * reads the raw file. Reported when the hidden text overrides instructions, switches off safety, hides
 * actions from the user, carries role markup, or tells the model to run, fetch, send or delete something
 * (a command, path or URL next to the verb). Tool pragmas ({@code markdownlint-disable},
 * {@code prettier-ignore}, {@code skillpack-disable}, …) pass when nothing else follows them.
 */
public final class HiddenInstructionRule implements Rule {
    private static final List<String> PRAGMAS = List.of("skillpack-", "markdownlint-", "prettier-ignore", "eslint-",
            "textlint-", "cspell:", "spell-checker:", "vale ", "toc", "mdformat-", "expect:", "lint-", "codespell:");
    private static final OptionKey<List<String>> ALLOWED_PREFIXES = OptionKey.stringList("allowed-prefixes", List.of(),
            "extra comment prefixes of your own tools to accept (the rest of the comment is still checked)")
            .map(prefixes -> prefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    private static final RuleMeta META = RuleMeta.of("SP412", "hidden-instructions", Category.SECURITY,
            Severity.ERROR, "An HTML comment or a [//]: # label carries instructions for the model that readers "
                    + "of the rendered page never see.",
            ALLOWED_PREFIXES);
    private static final Directives.Family EXECUTE = new Directives.Family("tells the model to run a command",
            List.of("curl", "wget", "eval", "base64", "bash", "run", "execute", "install", "delete", "remove",
                    "download", "send", "upload", "fetch", "open", "read", "post", "sudo", "rm "),
            Pattern.compile("(?i)\\b(?:curl|wget|eval|base64|iex|nc)\\b[^\\n]{0,80}(?:https?://|\\||\\s-{1,2}[a-z]|/)"
                    + "|\\b(?:run|execute|install|delete|remove|download|send|upload|fetch|post|read|cat|sudo|rm)\\s+"
                    + "(?:the\\s+|this\\s+|all\\s+|every\\s+)?(?:`[^`\\n]{1,100}`|https?://\\S{1,200}|~?/[\\w./-]{2,100}"
                    + "|\\.?[\\w-]{1,40}\\.(?:sh|py|js|ps1|env|pem|key)\\b|-rf\\b)"));
    private static final Pattern LABEL = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]{1,200}\\]:[ \\t]{0,8}(?:#|<>)[ \\t]{0,8}(.{1,1000})$");
    private static final Pattern GENERATED = Pattern.compile("(?i)auto-?generated|generated (?:by|from)|do not edit");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        List<String> prefixes = new java.util.ArrayList<>(PRAGMAS);
        prefixes.addAll(context.options().get(ALLOWED_PREFIXES));
        List<Directives.Family> families = List.of(Directives.OVERRIDE, Directives.SAFETY, Directives.CONCEAL,
                Directives.ROLE_TAG, EXECUTE);
        for (MarkdownDocument doc : skill.markdownFiles()) {
            LineMap lines = doc.file().lines();
            for (HtmlComment comment : doc.comments()) {
                check(comment.text(), comment.span().offset(), comment.span().length(), "an HTML comment", lines,
                        prefixes, families, context);
            }
            String text = doc.file().text();
            if (text.contains("]:")) {
                Matcher m = LABEL.matcher(text);
                m.region(doc.bodyOffset(), text.length());
                while (m.find()) {
                    check(m.group(1), m.start(), m.end() - m.start(), "a hidden link label", lines, prefixes, families,
                            context);
                }
            }
        }
    }

    private static void check(String hidden, int offset, int length, String where, LineMap lines, List<String> prefixes,
                              List<Directives.Family> families, RuleContext context) {
        String body = hidden.strip();
        String lower = body.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                body = body.substring(prefix.length());
                break;
            }
        }
        if (body.isBlank()) {
            return;
        }
        boolean generated = GENERATED.matcher(body).find() && !body.contains("://") && !body.contains("|");
        Optional<Directives.Hit> hit = Directives.find(body, families)
                .filter(h -> !(generated && h.family() == EXECUTE));
        hit.ifPresent(h -> context.report(lines.span(offset, length), String.format("%s %s ('%s'); rendered Markdown "
                + "hides it but the model reads it: remove it, or say it where people can read it",
                where, h.family().what(), CodePoints.asciiOnly(h.text().strip().replaceAll("\\s+", " "), 80))));
    }
}
