package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SP031: two skills of one pack have the same {@code name}. Clients key skills by name, so they load one and
 * silently drop the other. Every skill after the first with a name is reported, naming the first.
 */
public final class DuplicateNameRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP031", "duplicate-name", Category.SPEC, Severity.ERROR,
            "Two skills in one pack have the same name.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkPack(SkillPack pack, RuleContext context) {
        Map<String, Skill> first = new LinkedHashMap<>();
        for (Skill skill : pack.skills()) {
            Optional<YamlEntry> entry = Fields.entry(skill, "name");
            Optional<String> name = entry.flatMap(e -> Fields.string(e.value())).map(String::strip)
                    .filter(n -> !n.isEmpty());
            if (name.isEmpty()) {
                continue;
            }
            Skill earlier = first.putIfAbsent(name.get(), skill);
            if (earlier != null) {
                context.report(Fields.valueSpan(entry.get().value(), entry.get()), "name " + Fields.quote(name.get())
                        + " is also the name of the skill in " + within(pack, earlier) + "; clients load one of them and "
                        + "drop the other without a word, so give each skill its own name");
            }
        }
    }

    /** The skill's folder relative to the pack, as the author knows it. */
    private static String within(SkillPack pack, Skill skill) {
        String prefix = pack.path().equals(".") ? "" : pack.path() + "/";
        return skill.path().startsWith(prefix) && skill.path().length() > prefix.length()
                ? skill.path().substring(prefix.length()) : skill.path();
    }
}
