package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SP016: the front matter may hold only the spec's six keys, plus the keys the target client documents
 * (its profile) and the keys listed in {@code allowed-frontmatter-keys}, either this rule's option or the
 * project-wide setting of {@code .skillpack.yaml}. Each other key is one finding at the key; a key that
 * another client documents says which.
 */
public final class UnknownFieldRule implements Rule {
    /** The option listing extra keys to accept. */
    static final OptionKey<List<String>> ALLOWED_KEYS = OptionKey.stringList("allowed-frontmatter-keys", List.of(),
            "extra top-level keys to accept, e.g. [version, author] for a team's own tooling");
    private static final RuleMeta META = RuleMeta.of("SP016", "unknown-field", Category.SPEC, Severity.ERROR,
            "The front matter has a top-level key that neither the spec nor the target client defines.",
            ALLOWED_KEYS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        if (!Fields.readable(skill)) {
            return;
        }
        ClientProfile profile = ClientProfile.of(context.target());
        Set<String> allowed = new HashSet<>(Frontmatter.SPEC_KEYS);
        allowed.addAll(profile.frontmatter().keySet());
        allowed.addAll(context.options().get(ALLOWED_KEYS));
        allowed.addAll(context.allowedFrontmatterKeys());
        for (YamlEntry entry : skill.frontmatter().entries()) {
            if (!allowed.contains(entry.key())) {
                context.report(entry.keySpan(), message(entry.key(), profile));
            }
        }
    }

    private static String message(String key, ClientProfile profile) {
        StringBuilder message = new StringBuilder("unknown front-matter key '").append(key).append("'; ");
        if (profile.target() == Target.AGENTSKILLS) {
            message.append("the spec allows only ").append(Fields.join(Frontmatter.SPEC_KEYS, "and"));
        } else {
            message.append("neither the spec nor ").append(profile.client()).append(" defines it");
        }
        List<ClientProfile> clients = ClientProfile.defining(key);
        if (!clients.isEmpty()) {
            ClientProfile client = clients.get(0);
            message.append(". It is a ").append(client.client()).append(" key: validate with target ")
                    .append(client.target().id()).append(", or list it in ").append(ALLOWED_KEYS.name());
        } else {
            message.append(": move it under metadata (metadata.").append(key).append("), or list it in ")
                    .append(ALLOWED_KEYS.name());
        }
        return message.toString();
    }
}
