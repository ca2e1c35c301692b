package dev.skillpack.validator.rule;

import java.util.HashMap;
import java.util.Map;

/**
 * A rule's option values, converted through its {@link OptionKey}s; defaults fill the gaps. A rule
 * reads them with {@link #get(OptionKey)}; asking with a key the rule did not declare is a
 * programming error. Immutable.
 */
public final class RuleOptions {
    private final Map<String, OptionKey<?>> keys;
    private final Map<String, Object> values;

    private RuleOptions(Map<String, OptionKey<?>> keys, Map<String, Object> values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * @param meta the rule
     * @param configured values from config by option name, of the types the descriptors declare
     * @return the options
     * @throws IllegalArgumentException when a key's conversion refuses a configured value (the config
     *         reader reports those as problems first, so this means a hand-made configuration)
     */
    public static RuleOptions of(RuleMeta meta, Map<String, Object> configured) {
        Map<String, OptionKey<?>> keys = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (OptionKey<?> key : meta.options()) {
            keys.put(key.name(), key);
            Object written = configured.get(key.name());
            values.put(key.name(), written == null ? key.defaultValue() : key.convert(written));
        }
        return new RuleOptions(Map.copyOf(keys), Map.copyOf(values));
    }

    /**
     * @param meta the rule
     * @return the defaults
     */
    public static RuleOptions defaults(RuleMeta meta) {
        return of(meta, Map.of());
    }

    /**
     * @param key one of the rule's declared keys
     * @param <T> the type the key reads
     * @return the configured value, converted, or the key's default
     * @throws IllegalArgumentException when the rule did not declare this key
     */
    @SuppressWarnings("unchecked")
    public <T> T get(OptionKey<T> key) {
        if (keys.get(key.name()) != key) {
            throw new IllegalArgumentException("rule did not declare option " + key.name());
        }
        return (T) values.get(key.name());
    }
}
