package dev.skillpack.core.model;

import java.util.Objects;

/**
 * One {@code key: value} pair of a mapping.
 *
 * @param key the key's text
 * @param keySpan where the key is written
 * @param value the value
 * @param extent the whole entry, key to the end of its value (without trailing blank lines or comments);
 *               for top-level front-matter entries this is exact and safe to splice
 */
public record YamlEntry(String key, SourceSpan keySpan, YamlValue value, SourceSpan extent) {

    /** Validates the fields. */
    public YamlEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keySpan, "keySpan");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(extent, "extent");
    }
}
