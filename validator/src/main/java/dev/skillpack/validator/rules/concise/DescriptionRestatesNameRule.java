package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SP313: a description that only repeats the name ("PDF tools" for {@code pdf-tools}). It costs its
 * tokens in every prompt and gives the agent nothing to choose the skill by.
 */
public final class DescriptionRestatesNameRule implements Rule {
    private static final Set<String> IGNORED = Set.of("a", "an", "the", "skill", "skills", "tool", "tools", "helper",
            "for", "and", "of", "this", "to", "with");

    private static final RuleMeta META = RuleMeta.of("SP313", "description-restates-name", Category.CONCISE,
            Severity.WARNING, "The description only repeats the skill's name.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<String> name = skill.frontmatter().name();
        Optional<YamlEntry> entry = skill.frontmatter().entry("description");
        if (name.isEmpty() || entry.isEmpty() || !(entry.get().value() instanceof YamlScalar scalar)
                || !scalar.isString() || scalar.text().isBlank()) {
            return;
        }
        Set<String> nameWords = words(name.get());
        Set<String> descriptionWords = words(scalar.text());
        descriptionWords.removeAll(IGNORED);
        if (!nameWords.isEmpty() && nameWords.containsAll(descriptionWords)) {
            context.report(scalar.span(), "description \"" + scalar.text().strip() + "\" only repeats the name;"
                    + " say what the skill does and when to use it");
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
