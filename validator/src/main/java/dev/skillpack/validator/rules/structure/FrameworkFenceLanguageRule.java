package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file named for a language or framework ({@code references/python-flask.md}) shows code in another
 * language: an agent that opened the Flask reference for a Flask app should not meet Ruby. A file about
 * crossing between two languages, one of whose headings names both ("Calling Python from MATLAB"), may
 * show the other language.
 */
public final class FrameworkFenceLanguageRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP218", "framework-fence-language", Category.STRUCTURE,
            Severity.WARNING, "A file named for a language or framework has code fences in another language.",
            FrameworkLanguages.FRAMEWORKS, FrameworkLanguages.NEUTRAL_LANGUAGES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        FrameworkLanguages languages = FrameworkLanguages.of(context.options());
        for (ReferenceFile reference : skill.references()) {
            if (SkillLayout.ignored(reference.relativePath())) {
                continue;
            }
            Optional<Map.Entry<String, List<String>>> framework = languages.match(reference.relativePath());
            if (framework.isEmpty()) {
                continue;
            }
            List<String> allowed = framework.get().getValue();
            Set<String> bridged = bridged(reference, framework.get());
            for (CodeExample code : reference.document().codeExamples()) {
                Optional<String> language = code.language();
                if (language.isEmpty() || allowed.contains(language.get())
                        || languages.neutral().contains(language.get())
                        || bridged.contains(language.get().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                context.report(Fences.languageSpan(reference.document(), code), String.format("%s is named for %s "
                        + "but this example is %s; show the %s way, or move the example to the file for %s",
                        reference.relativePath(), framework.get().getKey(), language.get(), framework.get().getKey(),
                        language.get()));
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}#+]+");

    /**
     * The languages a heading names together with the file's own key or one of its languages: the file
     * is about calling one from the other, so examples in both belong in it.
     */
    private static Set<String> bridged(ReferenceFile reference, Map.Entry<String, List<String>> framework) {
        Set<String> own = new HashSet<>(framework.getValue());
        own.add(framework.getKey());
        Set<String> result = new HashSet<>();
        reference.document().allSections().forEach(section -> {
            List<String> words = List.of(WORD.split(section.heading().text().toLowerCase(Locale.ROOT)));
            if (words.stream().anyMatch(own::contains)) {
                words.stream().filter(w -> w.length() > 1 && !own.contains(w)).forEach(result::add);
            }
        });
        return result;
    }
}
