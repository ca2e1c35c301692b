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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file named for a language or framework ({@code references/python-flask.md}) shows code in another
 * language: an agent that opened the Flask reference for a Flask app should not meet Ruby.
 */
public final class FrameworkFenceLanguageRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP218", "framework-fence-language", Category.STRUCTURE,
            Severity.WARNING, "A file named for a language or framework has code fences in another language.",
            FrameworkLanguages.frameworksOption(), FrameworkLanguages.neutralOption());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        FrameworkLanguages languages = FrameworkLanguages.of(context.options().stringMap("frameworks"),
                context.options().stringList("neutral-languages"));
        for (ReferenceFile reference : skill.references()) {
            if (SkillLayout.ignored(reference.relativePath())) {
                continue;
            }
            Optional<Map.Entry<String, List<String>>> framework = languages.match(reference.relativePath());
            if (framework.isEmpty()) {
                continue;
            }
            List<String> allowed = framework.get().getValue();
            for (CodeExample code : reference.document().codeExamples()) {
                Optional<String> language = code.language();
                if (language.isEmpty() || allowed.contains(language.get())
                        || languages.neutral().contains(language.get())) {
                    continue;
                }
                context.report(Fences.languageSpan(reference.document(), code), String.format("%s is named for %s "
                        + "but this example is %s; show the %s way, or move the example to the file for %s",
                        reference.relativePath(), framework.get().getKey(), language.get(), framework.get().getKey(),
                        language.get()));
            }
        }
    }
}
