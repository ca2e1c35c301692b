package dev.skillpack.validator.rule;

import java.util.Objects;

/**
 * Names a value that several rules derive from the same skill (the reference graph, the prose view),
 * so the engine computes it once per skill and hands the same instance to every rule that asks. Keys
 * compare by identity: declare each as a constant next to the code that derives the value.
 *
 * @param <T> the type of the shared value
 */
public final class SharedKey<T> {
    private final String name;

    private SharedKey(String name) {
        this.name = name;
    }

    /**
     * @param name what the value is, for debugging
     * @param <T> the type of the shared value
     * @return a new key, equal only to itself
     */
    public static <T> SharedKey<T> of(String name) {
        return new SharedKey<>(Objects.requireNonNull(name, "name"));
    }

    @Override
    public String toString() {
        return "SharedKey[" + name + "]";
    }
}
