package dev.skillpack.core.model;

import java.util.Arrays;

/**
 * Line starts of one file's text, to turn offsets into {@link SourceSpan}s. Immutable.
 * A line ends at {@code \n}; a {@code \r} before it belongs to the line break, not the line.
 */
public final class LineMap {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    private LineMap(String path, String text, int[] lineStarts) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * @param path display path used in the spans this map creates
     * @param text the file's decoded text
     * @return the line map of {@code text}
     */
    public static LineMap of(String path, String text) {
        int[] starts = new int[16];
        int count = 1;
        // indexOf rather than charAt per character: a long file is searched several times faster
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineMap(path, text, Arrays.copyOf(starts, count));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineMap map && map.path.equals(path) && map.text.equals(text);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "LineMap[" + path + ", " + lineStarts.length + " lines]";
    }

    /** @return the display path spans get */
    public String path() {
        return path;
    }

    /** @return number of lines; text ending in a newline has an empty last line */
    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * @param offset 0-based offset into the text
     * @return 0-based line index containing {@code offset}
     */
    public int lineIndexOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
        return found >= 0 ? found : -found - 2;
    }

    /**
     * @param lineIndex 0-based line
     * @return offset of the first character of the line
     */
    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    /**
     * @param lineIndex 0-based line
     * @return the line's text without its line break
     */
    public String lineText(int lineIndex) {
        int start = lineStarts[lineIndex];
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    /**
     * @param offset 0-based offset of the first character
     * @param length number of characters
     * @return the span, clamped to the text
     */
    public SourceSpan span(int offset, int length) {
        int start = Math.min(Math.max(offset, 0), text.length());
        int end = Math.min(Math.max(start + Math.max(length, 0), start), text.length());
        int line = lineIndexOf(start);
        int endLine = lineIndexOf(end);
        return new SourceSpan(path, line, start - lineStarts[line], endLine, end - lineStarts[endLine],
                start, end - start);
    }

    /**
     * @param lineIndex 0-based line
     * @return span of the whole line without its line break
     */
    public SourceSpan lineSpan(int lineIndex) {
        return span(lineStarts[lineIndex], lineText(lineIndex).length());
    }
}
