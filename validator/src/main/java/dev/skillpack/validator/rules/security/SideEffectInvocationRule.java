package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP441: a skill whose name or description says it changes things outside the conversation — deploys,
 * publishes, releases, deletes, drops, sends mail or messages, pays, pushes to production — and that the
 * model may start on its own: {@code disable-model-invocation: true} (Claude Code) is absent. Such skills
 * should run when a person asks for them, not when the model decides a prompt looks like a match.
 * Runs only when validating for Claude Code ({@code --target claude-code}), the client with the switch.
 */
public final class SideEffectInvocationRule implements Rule {
    private static final List<String> VERBS = List.of("deploy", "deploys", "deploying", "publish",
            "publishes", "publishing", "delete", "deletes", "deleting", "destroy", "destroys", "drop tables",
            "drop the database", "purge", "purges", "wipe", "wipes", "send email", "sends email", "send emails",
            "send messages", "sends messages", "post to slack", "posts to slack", "transfer funds",
            "push to production", "pushes to production", "force-push", "revoke", "revokes");
    private static final OptionKey<List<SideEffectWord>> SIDE_EFFECT_WORDS = OptionKey.stringList("side-effect-words",
            VERBS,
            "words in the name or description that mark a skill with side effects (compared ignoring case, as whole "
                + "words)") .map(words -> words.stream() .map(SideEffectWord::of).toList());
    private static final RuleMeta META = RuleMeta.of("SP441", "side-effect-auto-invocation", Category.SECURITY,
            Severity.WARNING, "A skill that deploys, publishes, deletes or sends can be started by the model on "
                    + "its own; set disable-model-invocation: true.",
            SIDE_EFFECT_WORDS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        if (context.target() != Target.CLAUDE_CODE) {
            // the switch exists only in Claude Code; elsewhere the advice could not be followed
            return;
        }
        Optional<YamlEntry> disable = skill.frontmatter().entry("disable-model-invocation");
        if (disable.isPresent() && skill.frontmatter().scalar("disable-model-invocation")
                .map(v -> v.strip().equalsIgnoreCase("true")).orElse(false)) {
            return;
        }
        String name = skill.frontmatter().name().orElse("").replace('-', ' ');
        String description = skill.frontmatter().description().orElse("");
        String haystack = (name + " \n " + description).toLowerCase(Locale.ROOT);
        for (SideEffectWord word : context.options().get(SIDE_EFFECT_WORDS)) {
            Matcher m = word.pattern().matcher(haystack);
            if (m.find()) {
                SourceSpan span = skill.frontmatter().entry("description").or(() -> skill.frontmatter().entry("name"))
                        .map(YamlEntry::keySpan).orElse(skill.frontmatter().span());
                context.report(span, String.format("the skill has side effects ('%s') and the model may start it on its own "
                        + "whenever a prompt looks like a match; add 'disable-model-invocation: true' so only a person "
                        + "starts it (Claude Code)", word.word()));
                return;
            }
        }
    }

    /** A side-effect word as written and the pattern finding it as a whole word, compiled when the config is read. */
    private record SideEffectWord(String word, Pattern pattern) {
        static SideEffectWord of(String word) {
            return new SideEffectWord(word, Pattern.compile("(?<![\\w-])" + Pattern.quote(word.toLowerCase(Locale.ROOT))
                    + "(?![\\w-])"));
        }
    }
}
