package dev.skillpack.validator.rules.history;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/**
 * The built-in history rules: versions and release tags, checked against what git knows about the
 * skill ({@link dev.skillpack.validator.rule.RuleContext#releaseFacts()}). Outside a git repository they
 * report nothing. SP505 to SP520 are reserved for further history rules.
 */
public final class HistoryRules {
    private HistoryRules() {
    }

    /** @return every history rule, in id order */
    public static List<Rule> all() {
        return List.of(new UnreleasedChangeRule(), new VersionNotSemverRule(), new VersionBackwardsRule(),
                new TagVersionMismatchRule());
    }
}
