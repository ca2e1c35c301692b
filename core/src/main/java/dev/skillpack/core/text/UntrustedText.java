package dev.skillpack.core.text;

/**
 * Makes text from a skill (file names, quoted content, front-matter values) safe to print on a
 * terminal, in a CI log or in a system prompt. Characters that move the cursor, start an escape
 * sequence, reorder a line or hide text are written as visible escapes instead: &#92;u001b for a
 * code point in the Basic Multilingual Plane, &#92;u{e0041} above it. Everything else is kept.
 *
 * <p>Escaped: C0 controls (U+0000–U+001F), DEL, C1 controls (U+0080–U+009F), bidirectional marks,
 * embeddings, overrides and isolates, zero-width and other invisible format characters, line and
 * paragraph separators, the byte order mark, interlinear annotations, tag characters
 * (U+E0000–U+E007F) and unpaired surrogates. A backslash is kept as it is, so escaping is for
 * display, not reversible.
 */
public final class UntrustedText {
    private UntrustedText() {
    }

    /**
     * @param text untrusted text
     * @return the text on one line: every character listed above escaped, tabs and newlines included
     */
    public static String line(String text) {
        return escape(text, false, false);
    }

    /**
     * @param text one line of an untrusted file, shown as a code frame
     * @return the text with every character listed above escaped except tabs, which the caller expands
     */
    public static String frame(String text) {
        return escape(text, true, false);
    }

    /**
     * @param text an untrusted value for a prompt block (a name or a description)
     * @return the text with every character listed above escaped except tabs and line feeds; a carriage
     *         return before a line feed is dropped
     */
    public static String prompt(String text) {
        return escape(text.replace("\r\n", "\n"), true, true);
    }

    /**
     * A line that a GitHub Actions runner would read as a workflow command ({@code ::error ...},
     * {@code ::add-mask::}, {@code ::stop-commands::}) once leading white space is trimmed gets its first
     * colon escaped, so untrusted text can never issue one.
     *
     * @param line one output line, already escaped with {@link #line} or {@link #frame}
     * @return the line, with a leading {@code ::} defused
     */
    public static String noWorkflowCommand(String line) {
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return line.startsWith("::", i) ? line.substring(0, i) + "\\u003a" + line.substring(i + 1) : line;
    }

    /**
     * @param cp a code point
     * @return whether {@link #line} writes it as an escape
     */
    public static boolean unsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0x00AD || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x180E
                || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x2028 && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F)
                || cp == 0x3164 || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF
                || (cp >= 0xD800 && cp <= 0xDFFF)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    /**
     * @param text any text
     * @return whether {@link #line} would change it
     */
    public static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (unsafe(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * @param cp a code point
     * @return its visible escape, &#92;u001b or &#92;u{e0041}
     */
    public static String escapeOf(int cp) {
        return cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\u{%x}", cp);
    }

    private static String escape(String text, boolean keepTab, boolean keepNewline) {
        if (!needsEscaping(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp == '\t' && keepTab) || (cp == '\n' && keepNewline) || !unsafe(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(escapeOf(cp));
            }
        }
        return out.toString();
    }
}
