package dev.skillpack.validator.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's option values, already checked against its {@link OptionSpec}s; defaults fill the gaps.
 * Asking for an option the rule did not declare is a programming error.
 */
public final class RuleOptions {
    private final Map<String, OptionSpec> specs;
    private final Map<String, Object> values;

    private RuleOptions(Map<String, OptionSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /**
     * @param meta the rule
     * @param configured values from config, already converted to the declared types
     * @return the options
     */
    public static RuleOptions of(RuleMeta meta, Map<String, Object> configured) {
        Map<String, OptionSpec> specs = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionSpec spec : meta.options()) {
            specs.put(spec.name(), spec);
            values.put(spec.name(), configured.getOrDefault(spec.name(), spec.defaultValue()));
        }
        return new RuleOptions(Map.copyOf(specs), values);
    }

    /**
     * @param meta the rule
     * @return the defaults
     */
    public static RuleOptions defaults(RuleMeta meta) {
        return of(meta, Map.of());
    }

    private Object get(String name, OptionSpec.Type type) {
        OptionSpec spec = specs.get(name);
        if (spec == null || spec.type() != type) {
            throw new IllegalArgumentException("rule did not declare " + type + " option " + name);
        }
        return values.get(name);
    }

    /**
     * @param name option name
     * @return the value
     */
    public int integer(String name) {
        return ((Number) get(name, OptionSpec.Type.INTEGER)).intValue();
    }

    /**
     * @param name option name
     * @return the value
     */
    public double number(String name) {
        return ((Number) get(name, OptionSpec.Type.NUMBER)).doubleValue();
    }

    /**
     * @param name option name
     * @return the value
     */
    public boolean bool(String name) {
        return (Boolean) get(name, OptionSpec.Type.BOOLEAN);
    }

    /**
     * @param name option name
     * @return the value
     */
    public String string(String name) {
        return (String) get(name, OptionSpec.Type.STRING);
    }

    /**
     * @param name option name
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        return List.copyOf((List<String>) get(name, OptionSpec.Type.STRING_LIST));
    }

    /**
     * @param name option name
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> stringMap(String name) {
        return Map.copyOf((Map<String, String>) get(name, OptionSpec.Type.STRING_MAP));
    }
}
