package dev.skillpack.validator.rule;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A typed option a rule declares: its descriptor (name, the type written in {@code .skillpack.yaml},
 * default, one-line description) and how a written value becomes the {@code T} the rule reads. A
 * rule keeps its keys in constants, lists them in its {@link RuleMeta} and reads
 * {@code context.options().get(KEY)}.
 *
 * <p>Conversion happens when the configuration is read: a value the conversion refuses (a malformed
 * glob, say) is a configuration problem with file and line, never a rule crash. The default goes
 * through the same conversion once, when the key is made. Keys compare by identity; immutable and
 * thread-safe as long as the conversion is a pure function.
 *
 * @param <T> the type the rule reads
 */
public final class OptionKey<T> {
    private final OptionSpec spec;
    private final Function<Object, ? extends T> conversion;
    private final T defaultValue;

    private OptionKey(OptionSpec spec, Function<Object, ? extends T> conversion) {
        this.spec = spec;
        this.conversion = conversion;
        this.defaultValue = Objects.requireNonNull(conversion.apply(spec.defaultValue()),
                "the conversion of option " + spec.name() + " made nothing of its default");
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a whole-number option
     */
    public static OptionKey<Integer> integer(String name, int defaultValue, String description) {
        return new OptionKey<>(OptionSpec.integer(name, defaultValue, description), v -> ((Number) v).intValue());
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a number option
     */
    public static OptionKey<Double> number(String name, double defaultValue, String description) {
        return new OptionKey<>(OptionSpec.number(name, defaultValue, description), v -> ((Number) v).doubleValue());
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a true-or-false option
     */
    public static OptionKey<Boolean> bool(String name, boolean defaultValue, String description) {
        return new OptionKey<>(OptionSpec.bool(name, defaultValue, description), v -> (Boolean) v);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a string option
     */
    public static OptionKey<String> string(String name, String defaultValue, String description) {
        return new OptionKey<>(OptionSpec.string(name, defaultValue, description), v -> (String) v);
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a string-list option, in the order written
     */
    @SuppressWarnings("unchecked")
    public static OptionKey<List<String>> stringList(String name, List<String> defaultValue, String description) {
        return new OptionKey<>(OptionSpec.stringList(name, defaultValue, description),
                v -> List.copyOf((List<String>) v));
    }

    /**
     * @param name option name
     * @param defaultValue default
     * @param description one line
     * @return a string-to-string map option
     */
    @SuppressWarnings("unchecked")
    public static OptionKey<Map<String, String>> stringMap(String name, Map<String, String> defaultValue,
                                                           String description) {
        return new OptionKey<>(OptionSpec.stringMap(name, defaultValue, description),
                v -> Map.copyOf((Map<String, String>) v));
    }

    /**
     * A list of path globs, compiled when the configuration is read (a malformed one is a configuration
     * problem).
     *
     * @param name option name
     * @param defaultValue default globs
     * @param description one line
     * @return a glob-list option
     */
    public static OptionKey<List<Glob>> globs(String name, List<String> defaultValue, String description) {
        return stringList(name, defaultValue, description).map(globs -> globs.stream().map(Glob::compile).toList());
    }

    /**
     * A set of words compared without case: each entry stripped and lower-cased (ROOT locale).
     *
     * @param name option name
     * @param defaultValue default words
     * @param description one line
     * @return a word-set option
     */
    public static OptionKey<Set<String>> lowerCaseWords(String name, List<String> defaultValue, String description) {
        return stringList(name, defaultValue, description).map(words -> Set.copyOf(words.stream()
                .map(w -> w.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    /**
     * The same option read as another type: {@code OptionKey.stringList(...).map(Pattern::compile ...)}.
     * The conversion runs when the configuration is read and throws {@link IllegalArgumentException}
     * with a message for a person for a value it refuses.
     *
     * @param then the further conversion
     * @param <U> the type read
     * @return a new key with this one's descriptor (list the new key in the rule's meta, not this one)
     */
    public <U> OptionKey<U> map(Function<? super T, ? extends U> then) {
        Objects.requireNonNull(then, "then");
        return new OptionKey<>(spec, conversion.andThen(then));
    }

    /** @return the descriptor: name, written type, default as written, description */
    public OptionSpec spec() {
        return spec;
    }

    /** @return the option's kebab-case name */
    public String name() {
        return spec.name();
    }

    /** @return the default, converted */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * @param written a value of the descriptor's type, as {@code .skillpack.yaml} reading produces it
     *                (Integer, Double, Boolean, String, List of String, Map of String to String)
     * @return the value the rule reads
     * @throws IllegalArgumentException with a message for a person when the conversion refuses the value
     * @throws ClassCastException when {@code written} is not of the descriptor's type (a programming error)
     */
    public T convert(Object written) {
        return conversion.apply(Objects.requireNonNull(written, "written"));
    }

    @Override
    public String toString() {
        return "OptionKey[" + spec.name() + ": " + spec.type() + "]";
    }
}
