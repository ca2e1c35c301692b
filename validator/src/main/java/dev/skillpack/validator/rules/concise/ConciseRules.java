package dev.skillpack.validator.rules.concise;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in concise rules, listed explicitly. */
public final class ConciseRules {
    private ConciseRules() {
    }

    /** @return every concise rule */
    public static List<Rule> all() {
        return List.of();
    }
}
