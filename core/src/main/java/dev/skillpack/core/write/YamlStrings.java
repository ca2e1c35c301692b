package dev.skillpack.core.write;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes strings as YAML scalars that every YAML reader (1.1 and 1.2) reads back as the same string:
 * plain when that is safe, else double-quoted with escapes.
 */
public final class YamlStrings {
    /** Words a YAML 1.1 or 1.2 reader turns into a boolean or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~");
    /** Anything a YAML 1.1 or 1.2 reader may take for a number, date or time, or a special float. */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_,.:eExXoObB+-]*|\\.(inf|nan))|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*",
            Pattern.CASE_INSENSITIVE);
    /** Characters that mean something at the start of a plain scalar. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlStrings() {
    }

    /**
     * @param value any string
     * @return the value as a YAML scalar on one line
     */
    public static String scalar(String value) {
        return needsQuotes(value) ? doubleQuoted(value) : value;
    }

    /**
     * @param value any string
     * @return whether a plain (unquoted) scalar would not read back as exactly this string
     */
    public static boolean needsQuotes(String value) {
        if (value.isEmpty() || !value.equals(value.strip()) || INDICATORS.indexOf(value.charAt(0)) >= 0) {
            return true;
        }
        if (RESERVED.contains(value.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(value).matches()) {
            return true;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || value.startsWith("---") || value.startsWith("...")) {
            return true;
        }
        return value.codePoints().anyMatch(YamlStrings::needsEscape);
    }

    /**
     * @param value any string
     * @return the value in double quotes, with {@code \}, {@code "}, control characters and line
     *         separators written as hexadecimal escapes (backslash x, backslash u), which every YAML reader knows
     */
    public static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        out.append(c <= 0xFF ? String.format("\\x%02X", c) : String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Control characters, line separators, the byte-order mark and lone surrogates. */
    private static boolean needsEscape(int c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF;
    }
}
