package dev.skillpack.core.catalog;

import java.util.List;

/**
 * The {@code <available_skills>} block an agent puts into its system prompt, byte for byte as the
 * reference validator's {@code to-prompt} prints it: the open tag, then per skill {@code <skill>},
 * {@code <name>}, {@code <description>}, {@code <location>} with every tag and every value on its own
 * line, values HTML-escaped ({@code & < > " '}, as Python's {@code html.escape}), then the close tag,
 * each line ending with a line feed. One difference, on purpose: a control, bidirectional or invisible
 * character in a value is written as a visible escape (&#92;u001b), so none reaches the prompt.
 * The CLI's {@code to-prompt} and {@link SkillCatalog#availableSkillsPrompt()} both print through here.
 */
public final class AvailableSkillsPrompt {
    private AvailableSkillsPrompt() {
    }

    /**
     * @param skills the skills, in the order to list them
     * @return the block, ending with a line feed
     */
    public static String render(List<PromptEntry> skills) {
        StringBuilder out = new StringBuilder("<available_skills>\n");
        for (PromptEntry s : skills) {
            out.append("<skill>\n")
                    .append("<name>\n").append(escape(s.name())).append("\n</name>\n")
                    .append("<description>\n").append(escape(s.description())).append("\n</description>\n")
                    .append("<location>\n").append(escape(s.location())).append("\n</location>\n")
                    .append("</skill>\n");
        }
        return out.append("</available_skills>\n").toString();
    }

    /**
     * @param value a name, description or location
     * @return the value with unsafe characters made visible, then HTML-escaped as Python's
     *         {@code html.escape(s, quote=True)}
     */
    public static String escape(String value) {
        return visible(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#x27;");
    }

    /**
     * Keeps tabs and line feeds (a multi-line description stays multi-line, as in the reference), drops a
     * carriage return before a line feed, and writes every other control character (C0, DEL, C1),
     * bidirectional control, zero-width or other invisible format character, line or paragraph separator,
     * byte order mark, tag character and unpaired surrogate as &#92;uXXXX (or &#92;u{XXXXX}).
     */
    static String visible(String value) {
        String text = value.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t' || !unsafe(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\u{%x}", cp));
            }
        }
        return out.toString();
    }

    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }
}
