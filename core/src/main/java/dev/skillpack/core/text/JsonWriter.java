package dev.skillpack.core.text;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON from plain values (Map with String keys in iteration order, List, String, Number,
 * Boolean, null) with two-space indentation and {@code "key": value}, the layout of Python's
 * {@code json.dumps(indent=2)}. Deterministic; no trailing newline. Text is written as UTF-8 except
 * what {@link UntrustedText#unsafe(int)} names (controls, bidirectional and invisible characters, lone
 * surrogates), which is escaped, so a file written from untrusted input cannot drive a terminal. The
 * one JSON writer of skillpack: reports, baselines, skill indexes and plugin manifests all use it.
 */
public final class JsonWriter {
    private final boolean asciiOnly;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(boolean asciiOnly) {
        this.asciiOnly = asciiOnly;
    }

    /**
     * @param value the value
     * @return indented JSON, non-ASCII characters written as they are
     */
    public static String pretty(Object value) {
        JsonWriter w = new JsonWriter(false);
        w.value(value, 0);
        return w.out.toString();
    }

    /**
     * @param value the value
     * @return {@link #pretty} ending in a newline, as a file holds it
     */
    public static String file(Object value) {
        return pretty(value) + "\n";
    }

    /**
     * @param value the value
     * @return indented JSON with every non-ASCII character escaped ({@code ensure_ascii=True})
     */
    public static String prettyAscii(Object value) {
        JsonWriter w = new JsonWriter(true);
        w.value(value, 0);
        return w.out.toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1);
                string((String) e.getKey());
                out.append(": ");
                value(e.getValue(), depth + 1);
            }
            out.append('\n');
            indent(depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[");
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1);
                value(item, depth + 1);
            }
            out.append('\n');
            indent(depth);
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (asciiOnly && c > 0x7e) || unsafe(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Control, bidirectional and invisible characters are written as &#92;uXXXX even where JSON
     * allows them raw, so a report viewed with {@code cat} cannot drive the terminal; both halves of a
     * surrogate pair are escaped when the code point is one (a tag character), a paired emoji is not.
     */
    private static boolean unsafe(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return UntrustedText.unsafe(Character.toCodePoint(c, s.charAt(i + 1)));
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            return UntrustedText.unsafe(Character.toCodePoint(s.charAt(i - 1), c));
        }
        return UntrustedText.unsafe(c);
    }
}
