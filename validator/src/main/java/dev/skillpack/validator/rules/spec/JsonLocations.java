package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file read twice from the same text: once as a tree for the schema, once as a token stream that
 * records where each value and each key starts, so a JSON Pointer from a schema error ({@code /plugins/0/name})
 * maps back to a line and column of the file.
 */
final class JsonLocations {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final TextFile file;
    private final JsonNode tree;
    private final Map<String, int[]> values;
    private final Map<String, int[]> keys;

    private JsonLocations(TextFile file, JsonNode tree, Map<String, int[]> values, Map<String, int[]> keys) {
        this.file = file;
        this.tree = tree;
        this.values = values;
        this.keys = keys;
    }

    /**
     * @param file the JSON file
     * @return the file's tree and locations
     * @throws tools.jackson.core.JacksonException when the text is not JSON (with its location)
     */
    static JsonLocations read(TextFile file) {
        JsonNode tree = MAPPER.readTree(file.text());
        Map<String, int[]> values = new HashMap<>();
        Map<String, int[]> keys = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(file.text())) {
            Deque<String> containers = new ArrayDeque<>();
            Deque<Integer> indexes = new ArrayDeque<>();
            String pendingKey = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int offset = (int) parser.currentTokenLocation().getCharOffset();
                if (token == JsonToken.PROPERTY_NAME) {
                    pendingKey = containers.peek() + "/" + escape(parser.currentName());
                    keys.put(pendingKey, new int[] {offset, tokenLength(file.text(), offset)});
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    containers.pop();
                    indexes.pop();
                    continue;
                }
                String pointer;
                if (pendingKey != null) {
                    pointer = pendingKey;
                    pendingKey = null;
                } else if (containers.isEmpty()) {
                    pointer = "";
                } else {
                    int index = indexes.pop();
                    indexes.push(index + 1);
                    pointer = containers.peek() + "/" + index;
                }
                boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                values.put(pointer, new int[] {offset, opens ? 1 : tokenLength(file.text(), offset)});
                if (opens) {
                    containers.push(pointer);
                    indexes.push(0);
                }
            }
        }
        return new JsonLocations(file, tree, values, keys);
    }

    /** @return the parsed tree */
    JsonNode tree() {
        return tree;
    }

    /**
     * @param pointer a JSON Pointer into the file
     * @return the span of the value it names, or of the nearest enclosing value that exists
     */
    SourceSpan value(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            int[] at = values.get(p);
            if (at != null) {
                return file.lines().span(at[0], at[1]);
            }
            if (p.isEmpty()) {
                return file.lines().span(0, 0);
            }
        }
    }

    /**
     * @param pointer a JSON Pointer to an object member
     * @return the span of its key, when it has one
     */
    Optional<SourceSpan> key(String pointer) {
        int[] at = keys.get(pointer);
        return at == null ? Optional.empty() : Optional.of(file.lines().span(at[0], at[1]));
    }

    /** @return the pointer with one more segment, escaped as RFC 6901 says */
    static String child(String pointer, String name) {
        return pointer + "/" + escape(name);
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Length of the scalar token (string with its quotes, number, literal) starting at offset. */
    private static int tokenLength(String text, int offset) {
        if (offset >= text.length()) {
            return 0;
        }
        if (text.charAt(offset) == '"') {
            for (int i = offset + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    return i + 1 - offset;
                }
            }
            return text.length() - offset;
        }
        int i = offset;
        while (i < text.length() && ",]}: \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.max(1, i - offset);
    }
}
