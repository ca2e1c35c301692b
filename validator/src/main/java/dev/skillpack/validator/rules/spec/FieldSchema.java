package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client accepts for one YAML value, as declared in a profile data file
 * ({@code dev/skillpack/validator/profiles/<target>.yaml}). Immutable.
 *
 * <p>Declared with these keys: {@code type} (string, boolean, number, mapping, list, or a list of them),
 * {@code values} (the strings allowed), {@code max-length} (code points), {@code pattern} (a regular
 * expression the whole string must match) with {@code pattern-hint} (how to say it in a message),
 * {@code keys} (a mapping's known keys, each a schema), {@code other-keys} (whether keys not listed are
 * fine; default: true when no keys are listed), {@code required} (keys a mapping must have) and
 * {@code items} (the schema of a list's items).
 */
final class FieldSchema {
    /** The kinds of YAML value a schema can accept. */
    enum Kind {
        /** Text. */
        STRING("a string"),
        /** true or false. */
        BOOLEAN("true or false"),
        /** An integer or decimal number. */
        NUMBER("a number"),
        /** Keys and values. */
        MAPPING("a mapping"),
        /** A sequence. */
        LIST("a list");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** @return how a message names the kind: "a string" */
        String phrase() {
            return phrase;
        }
    }

    private static final Set<String> SCHEMA_KEYS = Set.of("type", "values", "max-length", "pattern", "pattern-hint",
            "keys", "other-keys", "required", "items");

    private final Set<Kind> types;
    private final List<String> values;
    private final int maxLength;
    private final Pattern pattern;
    private final String patternHint;
    private final Map<String, FieldSchema> keys;
    private final boolean otherKeys;
    private final List<String> required;
    private final FieldSchema items;

    private FieldSchema(Set<Kind> types, List<String> values, int maxLength, Pattern pattern, String patternHint,
                        Map<String, FieldSchema> keys, boolean otherKeys, List<String> required, FieldSchema items) {
        this.types = Set.copyOf(types);
        this.values = List.copyOf(values);
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.patternHint = patternHint;
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.otherKeys = otherKeys;
        this.required = List.copyOf(required);
        this.items = items;
    }

    /**
     * Reads a schema from profile data.
     *
     * @param node the YAML mapping declaring the schema
     * @param where where it is declared, for errors in the data file
     * @return the schema
     * @throws IllegalStateException when the declaration is malformed (a bug in the shipped data)
     */
    static FieldSchema parse(YamlValue node, String where) {
        YamlMapping mapping = mappingOf(node, where);
        for (YamlEntry e : mapping.entries()) {
            if (!SCHEMA_KEYS.contains(e.key())) {
                throw new IllegalStateException("unknown schema key '" + e.key() + "' in " + where);
            }
        }
        Set<Kind> types = EnumSet.noneOf(Kind.class);
        mapping.entry("type").ifPresent(t -> strings(t.value(), where + ".type")
                .forEach(name -> types.add(Kind.valueOf(name.toUpperCase(Locale.ROOT)))));
        if (types.isEmpty()) {
            throw new IllegalStateException("no type in " + where);
        }
        List<String> values = mapping.entry("values").map(v -> strings(v.value(), where + ".values")).orElse(List.of());
        int maxLength = mapping.entry("max-length").map(v -> Integer.parseInt(text(v.value()))).orElse(0);
        Pattern pattern = mapping.entry("pattern").map(v -> Pattern.compile(text(v.value()))).orElse(null);
        String hint = mapping.entry("pattern-hint").map(v -> text(v.value())).orElse("");
        if (pattern != null && hint.isEmpty()) {
            throw new IllegalStateException("pattern without pattern-hint in " + where);
        }
        Map<String, FieldSchema> keys = new LinkedHashMap<>();
        mapping.entry("keys").ifPresent(k -> mappingOf(k.value(), where + ".keys").entries()
                .forEach(e -> keys.put(e.key(), parse(e.value(), where + "." + e.key()))));
        boolean otherKeys = mapping.entry("other-keys").map(v -> Boolean.parseBoolean(text(v.value())))
                .orElse(keys.isEmpty());
        List<String> required = mapping.entry("required").map(v -> strings(v.value(), where + ".required"))
                .orElse(List.of());
        FieldSchema items = mapping.entry("items").map(v -> parse(v.value(), where + "[]")).orElse(null);
        return new FieldSchema(types, values, maxLength, pattern, hint, keys, otherKeys, required, items);
    }

    private static YamlMapping mappingOf(YamlValue value, String where) {
        if (value instanceof YamlMapping m) {
            return m;
        }
        throw new IllegalStateException("expected a mapping at " + where);
    }

    private static String text(YamlValue value) {
        if (value instanceof YamlScalar s) {
            return s.text();
        }
        throw new IllegalStateException("expected a scalar, found a " + value.typeName());
    }

    private static List<String> strings(YamlValue value, String where) {
        if (value instanceof YamlSequence seq) {
            List<String> result = new ArrayList<>();
            seq.items().forEach(i -> result.add(text(i)));
            return result;
        }
        if (value instanceof YamlScalar s) {
            return List.of(s.text());
        }
        throw new IllegalStateException("expected a string or list at " + where);
    }

    /** @return the kinds of value accepted */
    Set<Kind> types() {
        return types;
    }

    /** @return the allowed string values; empty means any */
    List<String> values() {
        return values;
    }

    /** @return the longest string accepted in code points; 0 means no limit */
    int maxLength() {
        return maxLength;
    }

    /** @return the pattern a string must match */
    Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** @return how messages describe the pattern */
    String patternHint() {
        return patternHint;
    }

    /** @return a mapping's known keys and their schemas, in declared order */
    Map<String, FieldSchema> keys() {
        return keys;
    }

    /** @return whether a mapping may hold keys that are not listed */
    boolean otherKeys() {
        return otherKeys;
    }

    /** @return keys a mapping must have */
    List<String> required() {
        return required;
    }

    /** @return the schema of a list's items */
    Optional<FieldSchema> items() {
        return Optional.ofNullable(items);
    }
}
