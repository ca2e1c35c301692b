package dev.skillpack.core.parse.internal;

/**
 * Where the front matter of a SKILL.md lies, found line by line.
 *
 * @param present the first line is {@code ---}
 * @param closed a later line is {@code ---}
 * @param yamlStart offset of the first YAML character (after the opening line)
 * @param yamlEnd offset just after the YAML (start of the closing line)
 * @param blockEnd offset just after the closing line and its line break
 */
public record FrontmatterSplit(boolean present, boolean closed, int yamlStart, int yamlEnd, int blockEnd) {

    /**
     * @param text a SKILL.md's text without byte-order mark
     * @return where its front matter is
     */
    public static FrontmatterSplit of(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            return new FrontmatterSplit(false, false, 0, 0, 0);
        }
        int yamlStart = next(text, firstEnd);
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (isFence(text, lineStart, end)) {
                return new FrontmatterSplit(true, true, yamlStart, lineStart, next(text, end));
            }
            lineStart = next(text, end);
        }
        return new FrontmatterSplit(true, false, yamlStart, text.length(), text.length());
    }

    private static boolean isFence(String text, int start, int end) {
        return text.substring(start, end).stripTrailing().equals("---");
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }
}
