package dev.skillpack.core.catalog;

import dev.skillpack.core.text.UntrustedText;
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
     * carriage return before a line feed, and writes every control, bidirectional or invisible character
     * as a visible escape: {@link UntrustedText#prompt}, the one place skillpack decides what is unsafe.
     */
    static String visible(String value) {
        return UntrustedText.prompt(value);
    }
}
