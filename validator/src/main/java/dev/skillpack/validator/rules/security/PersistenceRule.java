package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SP424: commands that change what runs later, outside the task: writes to shell start-up files
 * ({@code ~/.bashrc}, {@code ~/.zshrc}, {@code ~/.profile}), to {@code ~/.ssh} (authorized keys, config),
 * installing a crontab or writing {@code /etc/cron*}, and enabling user services or launch agents.
 */
public final class PersistenceRule extends CommandPatternRule {
    private static final RuleMeta META = RuleMeta.of("SP424", "persistence", Category.SECURITY, Severity.WARNING,
            "A command writes shell start-up files, SSH keys or config, a crontab, or a service that runs later.");
    private static final String HOME = "[\"']?(?:~|\\$HOME|\\$\\{HOME\\})/";
    private static final String WRITE = "(?:>>?|\\btee\\s+(?:-a\\s+|--append\\s+)?|\\b(?:cp|mv|ln\\s+-s[f]?)\\s+\\S{1,200}\\s+)\\s{0,3}";
    private static final Check RC_FILE = new Check("writes a shell start-up file, which runs in every new shell",
            List.of(".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile", ".zshenv", ".zlogin", "config.fish"),
            Pattern.compile(WRITE + HOME + "\\.(?:bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin"
                    + "|config/fish/config\\.fish)\\b"));
    private static final Check SSH = new Check("writes SSH keys or configuration, which grants or redirects access",
            List.of(".ssh/"), Pattern.compile(WRITE + HOME + "\\.ssh/[A-Za-z0-9_.-]{1,64}"));
    private static final Check CRON = new Check("installs a scheduled job",
            List.of("crontab", "/etc/cron"), Pattern.compile("\\|\\s{0,3}crontab\\s+-(?![A-Za-z])|\\bcrontab\\s+(?!-)"
                    + "[A-Za-z0-9_./~$-]{1,200}|" + WRITE + "/etc/cron[A-Za-z0-9_./-]{0,100}"));
    private static final Check SERVICE = new Check("registers a service that starts on its own",
            List.of("systemctl", "launchagents", "launchctl"),
            Pattern.compile("\\bsystemctl\\s+(?:--user\\s+)?enable\\b[^\\n;&|]{0,100}|\\blaunchctl\\s+(?:load|bootstrap)"
                    + "\\b[^\\n;&|]{0,100}|" + WRITE + HOME + "Library/LaunchAgents/[^\\s\"']{1,100}"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    List<Check> checks() {
        return List.of(RC_FILE, SSH, CRON, SERVICE);
    }

    @Override
    String message(Check check, String snippet, boolean script) {
        return String.format("'%s' %s, long after the skill's task is done; tell the user what to add instead, or "
                + "ask before changing it", snippet, check.what());
    }
}
