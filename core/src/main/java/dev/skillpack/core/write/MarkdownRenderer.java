package dev.skillpack.core.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders drafts as Markdown and front matter: LF line breaks, one blank line between blocks. */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /**
     * @param fields front-matter keys to values (String or an ordered Map of String to String), in order
     * @return the front matter, fences included, ending with a line break
     */
    static String frontmatter(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder("---\n");
        fields.forEach((key, value) -> {
            out.append(YamlStrings.scalar(key)).append(':');
            if (value instanceof Map<?, ?> map) {
                out.append('\n');
                map.forEach((k, v) -> out.append("  ").append(YamlStrings.scalar((String) k)).append(": ")
                        .append(YamlStrings.scalar((String) v)).append('\n'));
            } else {
                out.append(' ').append(YamlStrings.scalar((String) value)).append('\n');
            }
        });
        return out.append("---\n").toString();
    }

    /**
     * @param document the document
     * @return its Markdown, ending with one line break; "" for an empty document
     */
    static String document(DocumentDraft document) {
        List<String> parts = new ArrayList<>();
        document.preamble().forEach(b -> parts.add(block(b)));
        document.sections().forEach(s -> section(s, parts));
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    /**
     * @param markdown Markdown as given
     * @return the same with LF line breaks, no leading blank lines and exactly one final line break
     */
    static String normalise(String markdown) {
        String text = lf(markdown).stripTrailing();
        while (text.startsWith("\n")) {
            text = text.substring(1);
        }
        return text.isEmpty() ? "" : text + "\n";
    }

    private static void section(SectionDraft section, List<String> parts) {
        parts.add("#".repeat(section.level()) + " " + section.heading().strip());
        section.blocks().forEach(b -> parts.add(block(b)));
        section.children().forEach(c -> section(c, parts));
    }

    private static String block(BlockDraft block) {
        if (block instanceof ProseDraft prose) {
            return normalise(prose.markdown()).stripTrailing();
        }
        return code((CodeDraft) block);
    }

    private static String code(CodeDraft code) {
        String body = lf(code.code());
        if (!body.isEmpty() && !body.endsWith("\n")) {
            body += "\n";
        }
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        return fence + code.info() + "\n" + body + fence;
    }

    /** The longest run of backticks in the code, so the fence can be longer than any line inside. */
    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
