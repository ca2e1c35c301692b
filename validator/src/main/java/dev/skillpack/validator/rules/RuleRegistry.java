package dev.skillpack.validator.rules;

import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The rules a run can use: the built-in ones, then custom rules registered by other jars through
 * {@code META-INF/services/dev.skillpack.validator.rule.Rule}. Ids and aliases must be unique across
 * both. Immutable.
 */
public final class RuleRegistry {
    private final List<Rule> rules;
    private final Map<String, Rule> byKey;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> keys = new HashMap<>();
        for (Rule rule : rules) {
            RuleMeta meta = rule.meta();
            claim(keys, meta.id(), rule, "id");
            claim(keys, meta.alias(), rule, "alias");
        }
        this.rules = List.copyOf(rules);
        this.byKey = Map.copyOf(keys);
    }

    private static void claim(Map<String, Rule> keys, String key, Rule rule, String what) {
        Rule previous = keys.putIfAbsent(key.toLowerCase(Locale.ROOT), rule);
        if (previous != null) {
            throw new RuleRegistryException("rule " + what + " '" + key + "' of " + rule.getClass().getName()
                    + " is already used by " + previous.getClass().getName() + " (" + previous.meta().id()
                    + "); give the custom rule another " + what);
        }
    }

    /**
     * @param rules rules in the order to run and list them
     * @return a registry
     * @throws RuleRegistryException when two rules share an id or alias
     */
    public static RuleRegistry of(List<? extends Rule> rules) {
        return new RuleRegistry(List.copyOf(rules));
    }

    /** @return the built-in rules only */
    public static RuleRegistry builtin() {
        return of(BuiltinRules.all());
    }

    /**
     * The built-in rules followed by every custom rule the class loader's service files name, in
     * id order.
     *
     * @param loader where to look for {@code META-INF/services/dev.skillpack.validator.rule.Rule}
     * @return a registry
     * @throws RuleRegistryException when a custom rule cannot be loaded or reuses an id or alias
     */
    public static RuleRegistry discover(ClassLoader loader) {
        List<Rule> all = new ArrayList<>(BuiltinRules.all());
        List<Rule> custom = new ArrayList<>();
        try {
            for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
                custom.add(rule);
            }
        } catch (ServiceConfigurationError e) {
            throw new RuleRegistryException("cannot load a custom rule: " + e.getMessage(), e);
        }
        custom.sort(java.util.Comparator.comparing(r -> r.meta().id()));
        all.addAll(custom);
        return of(all);
    }

    /** @return every rule, built-in first */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * @param idOrAlias a rule id ({@code SP001}) or alias ({@code name-format}), case-insensitive
     * @return the rule
     */
    public Optional<Rule> find(String idOrAlias) {
        return Optional.ofNullable(byKey.get(idOrAlias.toLowerCase(Locale.ROOT)));
    }

    /** Two rules claim the same id or alias, or a custom rule cannot be loaded: a setup problem. */
    public static final class RuleRegistryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong */
        public RuleRegistryException(String message) {
            super(message);
        }

        /**
         * @param message what is wrong
         * @param cause the loader's error
         */
        public RuleRegistryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
