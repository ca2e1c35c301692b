package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP422: a recursive {@code rm} whose target is the root, the home folder, or a path built from a
 * variable with nothing guarding it ({@code rm -rf "$DIR"/}, {@code rm -rf $BUILD/*}): when the
 * variable is empty or unset the command deletes from {@code /}. {@code ${VAR:?}} guards pass, and so
 * do plain variables without a slash after them ({@code rm -rf "$TMP"} deletes nothing when empty).
 */
public final class DestructiveDeleteRule extends CommandPatternRule {
    private static final RuleMeta META = RuleMeta.of("SP422", "destructive-delete", Category.SECURITY,
            Severity.ERROR, "A recursive delete targets the root or home folder, or a variable path that "
                    + "becomes '/' when the variable is empty.");
    private static final Check RM = new Check("deletes recursively", List.of("rm "), Pattern.compile(
            "(?<![\\w./-])rm\\s+((?:-{1,2}[A-Za-z][A-Za-z-]{0,30}\\s+){1,6})(?:--\\s+)?([^\\n;&|)#`]{1,200})"));
    private static final Pattern UNGUARDED_VAR = Pattern.compile("^\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*\\})/(?:\\*|\\.\\*|\\{[^}]*\\})?$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    List<Check> checks() {
        return List.of(RM);
    }

    @Override
    boolean accept(Check check, Matcher match, String text, RuleContext context) {
        String flags = match.group(1);
        boolean recursive = flags.contains("--recursive") || flags.matches("(?s).*(?:^|\\s)-[A-Za-z]*[rR].*");
        if (!recursive) {
            return false;
        }
        for (String target : match.group(2).trim().split("\\s+")) {
            if (dangerous(target)) {
                return true;
            }
        }
        return false;
    }

    static boolean dangerous(String raw) {
        String t = raw.replace("\"", "").replace("'", "");
        if (t.equals("--no-preserve-root")) {
            return true;
        }
        if (t.equals("/") || t.equals("/*") || t.equals("~") || t.equals("~/") || t.equals("~/*")
                || t.equals("$HOME") || t.equals("${HOME}") || t.equals("$HOME/") || t.equals("${HOME}/")
                || t.equals("$HOME/*") || t.equals("${HOME}/*")) {
            return true;
        }
        return UNGUARDED_VAR.matcher(t).matches() && !t.startsWith("$HOME/") && !t.startsWith("${HOME}/")
                && !t.startsWith("$PWD") && !t.startsWith("${PWD}");
    }

    @Override
    String message(Check check, String snippet, boolean script) {
        return String.format("'%s' deletes recursively from the root or home folder, or from '/' when its variable "
                + "is empty; guard the variable with ${VAR:?} and name the folder you mean", snippet);
    }
}
