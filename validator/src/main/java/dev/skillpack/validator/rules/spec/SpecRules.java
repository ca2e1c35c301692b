package dev.skillpack.validator.rules.spec;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in spec rules, listed explicitly. */
public final class SpecRules {
    private SpecRules() {
    }

    /** @return every spec rule */
    public static List<Rule> all() {
        return List.of();
    }
}
