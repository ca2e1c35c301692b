package dev.skillpack.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping with its keys in the order written.
 *
 * @param entries the entries in order
 * @param span where the mapping starts
 */
public record YamlMapping(List<YamlEntry> entries, SourceSpan span) implements YamlValue {

    /** Copies the entries. */
    public YamlMapping {
        entries = List.copyOf(entries);
    }

    @Override
    public String typeName() {
        return "mapping";
    }

    /**
     * @param key a key
     * @return the first entry with that key
     */
    public Optional<YamlEntry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
