package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in structure rules, listed explicitly. */
public final class StructureRules {
    private StructureRules() {
    }

    /** @return every structure rule */
    public static List<Rule> all() {
        return List.of();
    }
}
