package dev.skillpack.validator.rule;

import java.util.Objects;

/**
 * One option a rule accepts in {@code .skillpack.yaml}, with its type and default.
 *
 * @param name kebab-case name, e.g. {@code max-tokens}
 * @param type the value's type
 * @param defaultValue the default: Integer, Double, Boolean, String, List of String or Map of String to String
 * @param description one line for docs and {@code skillpack rules}
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description) {

    /** Option value types. */
    public enum Type {
        /** A whole number. */
        INTEGER,
        /** Any number. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** A string. */
        STRING,
        /** A list of strings. */
        STRING_LIST,
        /** A map of strings to strings. */
        STRING_MAP
    }

    /** Validates the fields. */
    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return an integer option
     */
    public static OptionSpec integer(String name, int defaultValue, String description) {
        return new OptionSpec(name, Type.INTEGER, defaultValue, description);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a number option
     */
    public static OptionSpec number(String name, double defaultValue, String description) {
        return new OptionSpec(name, Type.NUMBER, defaultValue, description);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a boolean option
     */
    public static OptionSpec bool(String name, boolean defaultValue, String description) {
        return new OptionSpec(name, Type.BOOLEAN, defaultValue, description);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a string option
     */
    public static OptionSpec string(String name, String defaultValue, String description) {
        return new OptionSpec(name, Type.STRING, defaultValue, description);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a string-list option
     */
    public static OptionSpec stringList(String name, java.util.List<String> defaultValue, String description) {
        return new OptionSpec(name, Type.STRING_LIST, java.util.List.copyOf(defaultValue), description);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a string-map option
     */
    public static OptionSpec stringMap(String name, java.util.Map<String, String> defaultValue, String description) {
        return new OptionSpec(name, Type.STRING_MAP, java.util.Map.copyOf(defaultValue), description);
    }
}
