package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A path into one person's home folder ({@code /Users/alice/}, {@code /home/bob/},
 * {@code C:\Users\carol\}) in any text file of the skill: it exists only on the author's machine.
 * Generic names (user, runner, vscode, ...) and placeholders ({@code <user>}, {@code $USER}) pass.
 */
public final class UserHomePathRule implements Rule {
    private static final List<String> GENERIC = List.of("user", "username", "users", "me", "you", "your-name",
            "yourname", "your_name", "yourusername", "name", "example", "someone", "somebody", "vscode", "runner",
            "node", "ubuntu", "debian", "root", "dev", "developer", "admin", "administrator", "ec2-user", "app",
            "jovyan", "coder", "codespace", "codespaces", "circleci", "travis", "gitpod", "docker", "claude",
            "sandbox", "agent", "linuxbrew", "guest", "default", "shared", "public", "foo", "bar", "test", "demo");
    private static final OptionKey<Set<String>> GENERIC_USERS = OptionKey.stringList("generic-users", GENERIC,
            "user names that are placeholders, not people (compared ignoring case)") .map(users -> users.stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    private static final RuleMeta META = RuleMeta.of("SP212", "user-home-path", Category.STRUCTURE,
            Severity.WARNING, "A path points into one person's home folder.",
            GENERIC_USERS);
    private static final Pattern UNIX = Pattern.compile(
            "(?<![\\w.~$}-])/(?:Users|home)/([A-Za-z0-9][A-Za-z0-9._-]*)(?=[/\\s\"'`)\\]>,;:]|$)");
    private static final Pattern WINDOWS = Pattern.compile(
            "(?<![\\w])[A-Za-z]:(?:\\\\{1,2}|/)Users(?:\\\\{1,2}|/)([A-Za-z0-9][A-Za-z0-9._-]*)(?=\\\\|/)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Set<String> generic = context.options().get(GENERIC_USERS);
        for (Resource r : SkillLayout.files(skill)) {
            Optional<TextFile> file = r.textFile();
            if (file.isEmpty()) {
                continue;
            }
            String text = file.get().text();
            // each pattern needs one of these strings, and most files have none
            boolean unix = text.contains("/home/") || text.contains("/Users/");
            boolean windows = text.contains("\\Users") || text.contains("/Users");
            if (!unix && !windows) {
                continue;
            }
            LineMap lines = file.get().lines();
            for (Pattern pattern : unix && windows ? List.of(UNIX, WINDOWS) : List.of(unix ? UNIX : WINDOWS)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (generic.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    context.report(lines.span(m.start(), m.end() - m.start()), String.format("'%s' is one person's "
                            + "home folder and exists only on their machine; use a path relative to the skill, or ~",
                            m.group()));
                }
            }
        }
    }
}
