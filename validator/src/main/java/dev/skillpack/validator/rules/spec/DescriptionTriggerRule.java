package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SP028: the description says what the skill does but never when to use it. The agent chooses skills by
 * their descriptions alone, so one without a trigger is picked by luck. The trigger forms accepted are the
 * ones the public packs write ("Use when …", "Use this skill for …", "when the user asks …", "Triggers on …",
 * "should be used when …", "when writing …"), plus any phrase listed in the option {@code triggers}.
 */
public final class DescriptionTriggerRule implements Rule {
    private static final OptionKey<List<String>> TRIGGERS = OptionKey.stringList("triggers", List.of(),
            "more phrases that count as a trigger (case-insensitive)")
            .map(triggers -> triggers.stream().filter(t -> !t.isBlank()).map(t -> t.toLowerCase(Locale.ROOT)).toList());
    private static final RuleMeta META = RuleMeta.of("SP028", "description-trigger-missing", Category.SPEC,
            Severity.WARNING, "The description never says when to use the skill.",
            TRIGGERS);

    /** Built from the descriptions of anthropics/skills, openai/skills, trailofbits/skills, obra/superpowers. */
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:"
            + "use (?:this skill |this |it )?(?:when|whenever|for|if|before|after|during|immediately|on|in|to \\w+ when)\\b"
            + "|used (?:when|whenever|for|before|after|by)\\b"
            + "|(?:when|whenever|if|once) (?:the |a |an )?(?:user|users|you|someone|developer|claude|codex|agent|asked)\\b"
            + "|(?:when|whenever) \\w+ing\\b"
            + "|trigger(?:s|ed)?\\b"
            + "|should be used\\b"
            + "|(?:invoke|activate|apply|load)(?:s|d)? (?:this skill )?(?:when|whenever|for|on)\\b"
            + "|for use (?:when|in|with|by)\\b"
            + "|(?:useful|helpful|relevant|appropriate|ideal|best) (?:when|whenever|for)\\b"
            + ")");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "description");
        Optional<String> description = entry.flatMap(e -> Fields.string(e.value()));
        if (description.isEmpty() || description.get().isBlank()) {
            return; // SP012 reports a missing or empty description
        }
        String text = description.get();
        if (TRIGGER.matcher(text).find()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (context.options().get(TRIGGERS).stream().anyMatch(lower::contains)) {
            return;
        }
        context.report(Fields.valueSpan(entry.get().value(), entry.get()), "description says what the skill does "
                + "but not when to use it, and the agent picks skills by their description; add a trigger such as "
                + "'Use when the user asks to ...'");
    }
}
