package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.PhraseList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SP314: a name made only of words that say nothing about the task ({@code utils}, {@code my-helper},
 * {@code general-assistant}). Agents and people pick skills by name as well as by description.
 */
public final class VagueNameRule implements Rule {
    private static final List<String> WORDS = PhraseList.read("vague-name-words.txt");

    private static final OptionKey<Set<String>> EXTRA_WORDS = OptionKey.lowerCaseWords("extra-words", List.of(),
            "more name parts that say nothing on their own");
    private static final OptionKey<Set<String>> IGNORED_WORDS = OptionKey.lowerCaseWords("ignored-words", List.of(),
            "built-in name parts to accept");
    private static final RuleMeta META = RuleMeta.of("SP314", "vague-name", Category.CONCISE, Severity.INFO,
            "The skill's name is made only of words such as helper, utils or tools that say nothing about the task.",
            EXTRA_WORDS, IGNORED_WORDS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<String> name = skill.frontmatter().name();
        Optional<YamlEntry> entry = skill.frontmatter().entry("name");
        if (name.isEmpty() || entry.isEmpty() || name.get().isBlank()) {
            return;
        }
        Set<String> vague = new java.util.HashSet<>(WORDS);
        vague.addAll(context.options().get(EXTRA_WORDS));
        vague.removeAll(context.options().get(IGNORED_WORDS));
        List<String> parts = Arrays.stream(name.get().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty() || !vague.containsAll(parts)) {
            return;
        }
        context.report(entry.get().value().span(), "name '" + name.get().strip() + "' says nothing about when to use"
                + " the skill; name the task, e.g. 'filling-pdf-forms' (" + parts.stream()
                .map(p -> "'" + p + "'").collect(Collectors.joining(", ")) + " could be any skill)");
    }
}
