package dev.skillpack.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML front matter of a SKILL.md: the spec's six fields with typed accessors, and every entry
 * (unknown keys included) in the order written, with spans.
 *
 * @param present whether the file starts with a {@code ---} line
 * @param closed whether a closing {@code ---} line was found
 * @param span the whole block, opening to closing line; empty at the file start when absent
 * @param yamlSpan the YAML text between the fence lines
 * @param entries the top-level entries in order; empty when the YAML could not be read as a mapping
 */
public record Frontmatter(boolean present, boolean closed, SourceSpan span, SourceSpan yamlSpan,
                          List<YamlEntry> entries) {

    /** The top-level keys the Agent Skills specification defines, in its order. */
    public static final List<String> SPEC_KEYS =
            List.of("name", "description", "license", "compatibility", "metadata", "allowed-tools");

    private static final Set<String> SPEC_KEY_SET = Set.copyOf(SPEC_KEYS);

    /** Copies the entries. */
    public Frontmatter {
        entries = List.copyOf(entries);
    }

    /**
     * @param key a top-level key
     * @return the entry, if present
     */
    public Optional<YamlEntry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * @param key a top-level key
     * @return the value's text when the value is a scalar (any type), else empty
     */
    public Optional<String> scalar(String key) {
        return entry(key).map(YamlEntry::value)
                .filter(YamlScalar.class::isInstance)
                .map(v -> ((YamlScalar) v).text());
    }

    /** @return the {@code name} field as text */
    public Optional<String> name() {
        return scalar("name");
    }

    /** @return the {@code description} field as text */
    public Optional<String> description() {
        return scalar("description");
    }

    /** @return the {@code license} field as text */
    public Optional<String> license() {
        return scalar("license");
    }

    /** @return the {@code compatibility} field as text */
    public Optional<String> compatibility() {
        return scalar("compatibility");
    }

    /** @return the {@code allowed-tools} field as text */
    public Optional<String> allowedTools() {
        return scalar("allowed-tools");
    }

    /** @return the scalar entries of {@code metadata}, as text, in order; nested values are left out */
    public Map<String, String> metadata() {
        Map<String, String> result = new LinkedHashMap<>();
        entry("metadata").map(YamlEntry::value)
                .filter(YamlMapping.class::isInstance)
                .ifPresent(m -> ((YamlMapping) m).entries().forEach(e -> {
                    if (e.value() instanceof YamlScalar s) {
                        result.put(e.key(), s.text());
                    }
                }));
        return Map.copyOf(result).isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(result);
    }

    /** @return the entries whose keys the specification does not define, in order */
    public List<YamlEntry> unknownEntries() {
        return entries.stream().filter(e -> !SPEC_KEY_SET.contains(e.key())).toList();
    }
}
