package dev.skillpack.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A front-matter field that differs between two revisions. Keys of {@code metadata} are written
 * {@code metadata.version}; a value that is not a scalar is compared as written.
 *
 * @param key the field
 * @param before its value before; empty when added
 * @param after its value after; empty when removed
 */
public record FieldChange(String key, Optional<String> before, Optional<String> after) {

    /** Validates the fields. */
    public FieldChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
