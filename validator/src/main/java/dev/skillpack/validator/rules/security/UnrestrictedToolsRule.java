package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP440: {@code allowed-tools} pre-approves a shell without a command pattern ({@code Bash},
 * {@code Bash(*)}, {@code Bash(:*)}), or network access without a restriction ({@code WebFetch} without
 * {@code domain:}, {@code Bash(curl:*)}, {@code Bash(wget:*)}) in a skill whose description never says it
 * works with the web. While the skill is active the agent then runs any command, or fetches any URL,
 * without asking.
 */
public final class UnrestrictedToolsRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP440", "unrestricted-tools", Category.SECURITY,
            Severity.WARNING, "allowed-tools pre-approves any shell command, or network access the description "
                    + "does not explain.");
    private static final Pattern TOOL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\(([^)]{0,500})\\))?");
    private static final Pattern WEB = Pattern.compile("(?i)\\b(?:web|url|urls|http|https|fetch\\w*|download\\w*|"
            + "api|apis|online|internet|website\\w*|page|pages|browse\\w*|crawl\\w*|scrap\\w*|github|network)\\b");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = skill.frontmatter().entry("allowed-tools");
        Optional<String> value = skill.frontmatter().allowedTools();
        if (entry.isEmpty() || value.isEmpty()) {
            return;
        }
        boolean webDescribed = skill.frontmatter().description().map(d -> WEB.matcher(d).find()).orElse(false);
        Matcher m = TOOL.matcher(value.get());
        while (m.find()) {
            String tool = m.group(1);
            String pattern = m.group(2) == null ? "" : m.group(2).strip();
            String lower = tool.toLowerCase(Locale.ROOT);
            if ((lower.equals("bash") || lower.equals("shell") || lower.equals("powershell"))
                    && (pattern.isEmpty() || pattern.equals("*") || pattern.equals(":*") || pattern.equals("*:*"))) {
                context.report(entry.get().value().span(), String.format("'%s' lets the agent run any shell command "
                        + "without asking while the skill is active; list the commands it needs, e.g. Bash(git diff:*) "
                        + "Bash(python3 scripts/check.py:*)", m.group()));
            } else if (!webDescribed && (lower.equals("webfetch") && !pattern.startsWith("domain:")
                    || (lower.equals("bash") && pattern.matches("(?i)(?:curl|wget|nc|ncat)\\b.*")))) {
                context.report(entry.get().value().span(), String.format("'%s' lets the agent reach any host without "
                        + "asking, and the description never says the skill works with the web; restrict it "
                        + "(WebFetch(domain:docs.example.com)) or say why it is needed", m.group()));
            }
        }
    }
}
