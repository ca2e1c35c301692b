package dev.skillpack.validator.rules.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names and safe renderings of code points for messages. Messages never carry an invisible or control
 * character itself: they name it ({@code U+202E RIGHT-TO-LEFT OVERRIDE}) or show it escaped.
 */
final class CodePoints {
    private CodePoints() {
    }

    /**
     * @param cp a code point
     * @return e.g. {@code U+200B ZERO WIDTH SPACE}
     */
    static String describe(int cp) {
        String name = Character.getName(cp);
        return hex(cp) + " " + (name == null ? "(unassigned)" : name);
    }

    /**
     * @param cp a code point
     * @return e.g. {@code U+200B}
     */
    static String hex(int cp) {
        return String.format(Locale.ROOT, cp > 0xFFFF ? "U+%05X" : "U+%04X", cp);
    }

    /**
     * Lists the distinct code points of a run with their counts, in order of first appearance.
     *
     * @param text the text
     * @param start start offset of the run
     * @param end end offset of the run (exclusive)
     * @param max how many distinct code points to name before "and N more"
     * @return e.g. {@code U+200B ZERO WIDTH SPACE ×2, U+2060 WORD JOINER}
     */
    static String list(String text, int start, int end, int max) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            counts.merge(cp, 1, Integer::sum);
            i += Character.charCount(cp);
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (shown == max) {
                out.append(" and ").append(counts.size() - max).append(" more");
                break;
            }
            if (shown > 0) {
                out.append(", ");
            }
            out.append(describe(e.getKey()));
            if (e.getValue() > 1) {
                out.append(" \u00d7").append(e.getValue());
            }
            shown++;
        }
        return out.toString();
    }

    /**
     * @param text any text
     * @param max the longest rendering
     * @return printable ASCII kept, every other code point as {@code <U+XXXX>}
     */
    static String asciiOnly(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String piece = cp >= 0x20 && cp < 0x7F ? String.valueOf((char) cp) : "<" + hex(cp) + ">";
            if (out.length() + piece.length() > max) {
                out.append('\u2026');
                break;
            }
            out.append(piece);
        }
        return out.toString();
    }
}
