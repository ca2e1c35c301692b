package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP311: a description written in the first or second person ("I can help you…", "You can use this
 * to…"). The description is injected into the system prompt next to every other skill's; a third-person
 * statement of what the skill does and when reads the same wherever it lands.
 */
public final class DescriptionPersonRule implements Rule {
    private static final Pattern PERSON = Pattern.compile(
            "(?i)^\\s*(?:I|we|you|my|our|your)\\b(?!/)"
                    + "|\\b(?:I|we)(?:'m|’m|'ll|’ll|'ve|’ve| am| can| will| help| provide| offer)\\b"
                    + "|\\byou can\\b|\\b(?:helps|lets|allows|enables) you\\b");

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}'’]+)");

    private static final RuleMeta META = RuleMeta.of("SP311", "description-person", Category.CONCISE,
            Severity.WARNING, "The description speaks in the first or second person instead of the third.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = skill.frontmatter().entry("description");
        if (entry.isEmpty() || !(entry.get().value() instanceof YamlScalar scalar) || !scalar.isString()) {
            return;
        }
        Matcher m = PERSON.matcher(scalar.text());
        if (m.find()) {
            String words = m.group().strip();
            if (!words.contains(" ")) {
                Matcher next = NEXT_WORD.matcher(scalar.text()).region(m.end(), scalar.text().length());
                if (next.lookingAt()) {
                    words += " " + next.group(1);
                }
            }
            context.report(scalar.span(), "description speaks as \"" + words + "\"; write it in the third person,"
                    + " e.g. \"Extracts tables from PDFs. Use when the user asks for …\"");
        }
    }
}
