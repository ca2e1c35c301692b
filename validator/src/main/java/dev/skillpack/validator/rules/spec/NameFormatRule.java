package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SP010: the name may use only lower-case a-z, digits 0-9 and single hyphens, and must not start or end
 * with a hyphen. The name is NFKC-normalised first, as skills-ref does, so a compatibility character such
 * as the ligature 'ﬁ' counts as 'fi'; but unlike skills-ref, letters outside a-z (é, 技) are refused, as the
 * spec says. Each kind of mistake is its own finding with its own fix.
 */
public final class NameFormatRule implements Rule {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final RuleMeta META = RuleMeta.of("SP010", "name-format", Category.SPEC, Severity.ERROR,
            "The name uses characters other than a-z, 0-9 and single hyphens, or starts or ends with a hyphen.");

    /**
     * @param name an NFKC-normalised name
     * @return whether it has the spec's form
     */
    static boolean valid(String name) {
        return VALID.matcher(name).matches();
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "name");
        Optional<String> raw = entry.flatMap(e -> Fields.string(e.value()));
        if (raw.isEmpty() || raw.get().isBlank()) {
            return;
        }
        SourceSpan span = Fields.valueSpan(entry.get().value(), entry.get());
        String written = raw.get();
        String name = Fields.nfkc(written);
        if (valid(name)) {
            return;
        }
        if (!name.equals(name.strip())) {
            context.report(span, "name " + Fields.quote(written) + " has spaces before or after it; remove them");
            name = name.strip();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.equals(lower)) {
            context.report(span, "name " + Fields.quote(written) + " must be lower case: " + Fields.quote(lower));
        }
        List<String> invalid = invalidCharacters(lower);
        if (!invalid.isEmpty()) {
            context.report(span, "name " + Fields.quote(written) + " may contain only a-z, 0-9 and hyphens; "
                    + Fields.join(invalid, "and") + (invalid.size() == 1 ? " is" : " are") + " not allowed");
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            context.report(span, "name " + Fields.quote(written) + " must not start or end with a hyphen");
        }
        if (name.contains("--")) {
            context.report(span, "name " + Fields.quote(written) + " must not contain consecutive hyphens '--'");
        }
    }

    /** The distinct characters outside a-z, 0-9 and '-', quoted and described, in order of appearance. */
    private static List<String> invalidCharacters(String name) {
        Set<Integer> seen = new LinkedHashSet<>();
        name.codePoints().filter(c -> !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-')
                .forEach(seen::add);
        List<String> result = new ArrayList<>();
        for (int c : seen) {
            if (c == ' ') {
                result.add("' ' (space)");
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                result.add(String.format("U+%04X", c));
            } else {
                result.add("'" + new String(Character.toChars(c)) + "'");
            }
        }
        return result;
    }
}
