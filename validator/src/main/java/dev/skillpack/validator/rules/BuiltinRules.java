package dev.skillpack.validator.rules;

import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rules.budget.BudgetRules;
import dev.skillpack.validator.rules.concise.ConciseRules;
import dev.skillpack.validator.rules.security.SecurityRules;
import dev.skillpack.validator.rules.history.HistoryRules;
import dev.skillpack.validator.rules.spec.SpecRules;
import dev.skillpack.validator.rules.structure.StructureRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule skillpack ships, listed explicitly (not found by scanning), sorted by id. */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    /** @return all built-in rules */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(SpecRules.all());
        rules.addAll(BudgetRules.all());
        rules.addAll(StructureRules.all());
        rules.addAll(ConciseRules.all());
        rules.addAll(SecurityRules.all());
        rules.addAll(HistoryRules.all());
        rules.sort(Comparator.comparing(r -> r.meta().id()));
        return List.copyOf(rules);
    }
}
