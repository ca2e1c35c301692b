package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP423: {@code sudo} (or {@code doas}, {@code pkexec}) in a script or a command the agent runs: the
 * agent would act as root. Often an install step a person should run themselves; informational by
 * default because most are exactly that. Package-manager installs ({@code sudo apt-get install …}) are
 * what a person would type themselves and pass unless {@code allowed-commands} is emptied.
 */
public final class SudoRule extends CommandPatternRule {
    private static final List<String> PACKAGE_MANAGERS = List.of("apt", "apt-get", "dnf", "yum", "zypper", "pacman",
            "apk", "snap", "port", "dpkg -i", "rpm -i", "make install", "installer");
    private static final OptionKey<List<String>> ALLOWED_COMMANDS = OptionKey.stringList("allowed-commands",
            PACKAGE_MANAGERS, "commands that may run as root: the first word (or two) after sudo");
    private static final RuleMeta META = RuleMeta.of("SP423", "sudo", Category.SECURITY, Severity.INFO,
            "A script or command the agent runs asks for root rights with sudo, doas or pkexec.",
            ALLOWED_COMMANDS);
    private static final Check SUDO = new Check("runs as root", List.of("sudo", "doas", "pkexec"),
            Pattern.compile("(?<![\\w.-])(?:sudo|doas|pkexec)(?:\\s+-[A-Za-z]{1,4})*\\s+(?!-)[^\\n;&|]{1,80}"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    List<Check> checks() {
        return List.of(SUDO);
    }

    @Override
    boolean accept(Check check, Matcher match, String text, RuleContext context) {
        String before = text.substring(0, match.start()).stripTrailing();
        if (before.endsWith("|") && match.group().matches("(?s)\\S+(?:\\s+-[A-Za-z]{1,4})*\\s+(?:ba|z|da)?sh\\b.*")) {
            // a download piped into a root shell: SP421 reports it
            return false;
        }
        String command = match.group().replaceFirst("^(?:sudo|doas|pkexec)(?:\\s+-[A-Za-z]{1,4})*\\s+", "");
        for (String allowed : context.options().get(ALLOWED_COMMANDS)) {
            if (command.equals(allowed) || command.startsWith(allowed + " ")) {
                return false;
            }
        }
        return true;
    }

    @Override
    String message(Check check, String snippet, boolean script) {
        return String.format("'%s' %s; an agent should not hold root: leave the step to the user, or say why it "
                + "needs root", snippet, check.what());
    }
}
