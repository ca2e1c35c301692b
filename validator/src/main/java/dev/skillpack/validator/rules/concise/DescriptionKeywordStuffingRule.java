package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP312: a description that is mostly a list of keywords or quoted trigger phrases rather than a
 * statement of what the skill does and when to use it. Agents choose skills from the description, and
 * a keyword list tells them neither.
 */
public final class DescriptionKeywordStuffingRule implements Rule {
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|'[^'\\s][^']*'(?!\\w)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’./+#_-]*");

    private static final OptionKey<Integer> MIN_QUOTES = OptionKey.integer("min-quotes", 5,
            "quoted phrases from which a mostly-quoted description is reported");
    private static final OptionKey<Integer> MIN_SHORT_SEGMENTS = OptionKey.integer("min-short-segments", 10,
            "comma-separated items of 3 words or fewer needed to report");
    private static final OptionKey<Double> SHORT_SHARE = OptionKey.number("short-share", 0.5,
            "share of the description's words in such items needed to report");
    private static final RuleMeta META = RuleMeta.of("SP312", "description-keyword-stuffing", Category.CONCISE,
            Severity.WARNING,
            "The description is mostly a keyword list instead of saying what the skill does and when to use it.",
            MIN_QUOTES, MIN_SHORT_SEGMENTS, SHORT_SHARE);

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
        String description = scalar.text();
        int minQuotes = context.options().get(MIN_QUOTES);
        int minSegments = context.options().get(MIN_SHORT_SEGMENTS);
        double share = context.options().get(SHORT_SHARE);
        int quotes = 0;
        Matcher q = QUOTED.matcher(description);
        while (q.find()) {
            quotes++;
        }
        String unquoted = QUOTED.matcher(description).replaceAll(",");
        int outside = count(unquoted);
        if (quotes >= minQuotes && outside < quotes) {
            context.report(scalar.span(), "description is mostly " + quotes + " quoted phrases with " + outside
                    + (outside == 1 ? " other word" : " other words")
                    + "; say what the skill does and when to use it, then keep the few phrases"
                    + " users really type");
            return;
        }
        int total = count(description);
        int shortSegments = 0;
        int shortWords = 0;
        for (String segment : unquoted.split("[,;]")) {
            int words = count(segment);
            if (words >= 1 && words <= 3) {
                shortSegments++;
                shortWords += words;
            }
        }
        if (shortSegments >= minSegments && total > 0 && shortWords >= share * total) {
            context.report(scalar.span(), "description is mostly a keyword list (" + shortSegments
                    + " short comma-separated items); say what the skill does and when to use it,"
                    + " then add the key terms");
        }
    }

    private static int count(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
