package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP426: dynamic context in SKILL.md, {@code !`command`} or a fence whose info string starts with
 * {@code !}. Claude Code runs these commands when the skill loads, before the model or the user sees
 * anything, and pastes their output into the prompt. Commands on the {@code allowed-commands} list pass.
 */
public final class DynamicContextRule implements Rule {
    private static final OptionKey<List<String>> ALLOWED_COMMANDS = OptionKey.stringList("allowed-commands", List.of(),
            "commands that may run at load time: exact text, or a prefix ending in '*' for commands without shell "
                + "operators");
    private static final RuleMeta META = RuleMeta.of("SP426", "dynamic-context", Category.SECURITY,
            Severity.WARNING, "SKILL.md runs a shell command when it loads (!`command`) that is not on the "
                    + "allow-list.",
            ALLOWED_COMMANDS);
    private static final Pattern INLINE = Pattern.compile("(?<=^|[ \\t(\\[>*-])!`([^`\\n]{1,500})`", Pattern.MULTILINE);
    private static final Pattern OPERATORS = Pattern.compile("[;&|<>`$()\\n]");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        List<String> allowed = context.options().get(ALLOWED_COMMANDS);
        MarkdownDocument body = skill.body();
        String text = body.file().text();
        if (text.indexOf('!') < 0) {
            return;
        }
        Matcher m = INLINE.matcher(text);
        m.region(body.bodyOffset(), text.length());
        while (m.find()) {
            report(body, m.start(), m.end() - m.start(), m.group(1), allowed, context);
        }
        for (CodeExample code : body.codeExamples()) {
            if (code.fenced() && code.info().startsWith("!")) {
                report(body, code.span().offset(), code.span().length(), code.code().strip(), allowed, context);
            }
        }
    }

    private static void report(MarkdownDocument body, int offset, int length, String command, List<String> allowed,
                               RuleContext context) {
        if (allowed(command.strip(), allowed)) {
            return;
        }
        context.report(body.file().lines().span(offset, length), String.format("'%s' runs in a shell when the "
                + "skill loads, before anyone sees it, and its output goes into the prompt; remove it, or review it "
                + "and add it to allowed-commands", CodePoints.asciiOnly(command.strip().replaceAll("\\s+", " "), 100)));
    }

    static boolean allowed(String command, List<String> allowed) {
        for (String entry : allowed) {
            String e = entry.strip();
            if (e.equals(command)) {
                return true;
            }
            if (e.endsWith("*") && command.startsWith(e.substring(0, e.length() - 1))
                    && !OPERATORS.matcher(command).find()) {
                return true;
            }
        }
        return false;
    }
}
