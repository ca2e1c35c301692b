package dev.skillpack.core.model;

/**
 * A value in the front matter, as written: scalars keep their text and resolved type, mappings keep
 * their keys in order. Every value carries the span where it starts.
 */
public sealed interface YamlValue permits YamlScalar, YamlMapping, YamlSequence {

    /** @return where the value is written */
    SourceSpan span();

    /** @return a short name for messages: "string", "number", "mapping", ... */
    String typeName();
}
