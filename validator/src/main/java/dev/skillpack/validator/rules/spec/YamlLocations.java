package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML document (as the safe loader read it) turned into a JSON tree for a JSON Schema, with each JSON
 * Pointer mapped back to the YAML value and key it came from, so that a schema error points at the line and
 * column in the YAML file. A mapping entry whose value is null is left out of the tree: the clients whose files
 * are checked this way read it as absent. A number keeps YAML's reading only as a number (its text is in the
 * YAML value, which messages quote).
 */
final class YamlLocations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode tree;
    private final Map<String, YamlValue> values;
    private final Map<String, YamlEntry> entries;
    private final SourceSpan anchor;

    private YamlLocations(JsonNode tree, Map<String, YamlValue> values, Map<String, YamlEntry> entries,
                          SourceSpan anchor) {
        this.tree = tree;
        this.values = Map.copyOf(values);
        this.entries = Map.copyOf(entries);
        this.anchor = anchor;
    }

    /**
     * @param root the document's top-level mapping
     * @param anchor where to point when a pointer names nothing written (the start of the file)
     * @return the tree and its locations
     */
    static YamlLocations of(YamlMapping root, SourceSpan anchor) {
        Map<String, YamlValue> values = new HashMap<>();
        Map<String, YamlEntry> entries = new HashMap<>();
        JsonNode tree = convert(root, "", values, entries);
        return new YamlLocations(tree, values, entries, anchor);
    }

    private static JsonNode convert(YamlValue value, String pointer, Map<String, YamlValue> values,
                                    Map<String, YamlEntry> entries) {
        values.put(pointer, value);
        if (value instanceof YamlMapping mapping) {
            ObjectNode object = NODES.objectNode();
            for (YamlEntry entry : mapping.entries()) {
                if (entry.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
                    continue;
                }
                String child = JsonLocations.child(pointer, entry.key());
                entries.put(child, entry);
                object.set(entry.key(), convert(entry.value(), child, values, entries));
            }
            return object;
        }
        if (value instanceof YamlSequence sequence) {
            ArrayNode array = NODES.arrayNode();
            List<YamlValue> items = sequence.items();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), pointer + "/" + i, values, entries));
            }
            return array;
        }
        YamlScalar scalar = (YamlScalar) value;
        return switch (scalar.type()) {
            case STRING -> NODES.stringNode(scalar.text());
            case BOOLEAN -> NODES.booleanNode(scalar.text().equalsIgnoreCase("true"));
            case INTEGER, FLOAT -> NODES.numberNode(number(scalar.text()));
            case NULL -> NODES.nullNode();
        };
    }

    /** YAML's number forms that are not decimal (0x1F, 0o17, .inf) count as a number all the same. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** @return the JSON tree */
    JsonNode tree() {
        return tree;
    }

    /**
     * @param pointer a JSON Pointer into the tree
     * @return the YAML value it came from
     */
    Optional<YamlValue> yaml(String pointer) {
        return Optional.ofNullable(values.get(pointer));
    }

    /**
     * @param pointer a JSON Pointer into the tree
     * @return where to report something about the value: a scalar where it is written, a mapping or list at
     *         its key (where it starts is the line after), the file's start for the top level
     */
    SourceSpan value(String pointer) {
        YamlValue value = values.get(pointer);
        if (value instanceof YamlScalar s && s.span().length() > 0) {
            return s.span();
        }
        YamlEntry entry = entries.get(pointer);
        if (entry != null) {
            return entry.keySpan();
        }
        if (value != null && !pointer.isEmpty()) {
            return value.span();
        }
        return anchor;
    }

    /**
     * @param pointer a JSON Pointer to a mapping entry
     * @return where its key is written
     */
    Optional<SourceSpan> key(String pointer) {
        return Optional.ofNullable(entries.get(pointer)).map(YamlEntry::keySpan);
    }
}
