package dev.skillpack.core.model;

import java.util.List;

/**
 * A YAML list.
 *
 * @param items the items in order
 * @param span where the list starts
 */
public record YamlSequence(List<YamlValue> items, SourceSpan span) implements YamlValue {

    /** Copies the items. */
    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "list";
    }
}
