package dev.skillpack.core.model;

import java.util.Objects;

/**
 * One decoded text file of a skill, with the facts about its encoding that rules and the writer need.
 *
 * @param path display path (what reports print)
 * @param relativePath path inside the skill folder, with forward slashes
 * @param text decoded text, without a byte-order mark
 * @param byteOrderMark whether the file started with a UTF-8 byte-order mark
 * @param lineEndings which line breaks the file uses
 * @param byteSize size of the file on disk in bytes
 * @param lines line starts of {@code text}, to turn offsets into spans
 */
public record TextFile(String path, String relativePath, String text, boolean byteOrderMark,
                       LineEndings lineEndings, long byteSize, LineMap lines) {

    /** Line-break style of a file. */
    public enum LineEndings {
        /** No line break at all. */
        NONE,
        /** Only {@code \n}. */
        LF,
        /** Only {@code \r\n}. */
        CRLF,
        /** Both. */
        MIXED
    }

    /** Validates the fields. */
    public TextFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lineEndings, "lineEndings");
        Objects.requireNonNull(lines, "lines");
    }

    /**
     * @param path display path
     * @param relativePath path inside the skill
     * @param text decoded text without byte-order mark
     * @param byteOrderMark whether a BOM was present
     * @param byteSize size in bytes
     * @return the text file, with its line endings detected
     */
    public static TextFile of(String path, String relativePath, String text, boolean byteOrderMark, long byteSize) {
        LineMap lines = LineMap.of(path, text);
        return new TextFile(path, relativePath, text, byteOrderMark, detect(text, lines), byteSize, lines);
    }

    /** Reads the line breaks off the line map, which has found them already: a long text is not searched again. */
    private static LineEndings detect(String text, LineMap lines) {
        boolean lf = false;
        boolean crlf = false;
        for (int line = 1; line < lines.lineCount(); line++) {
            int i = lines.lineStart(line) - 1;
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf = true;
            } else {
                lf = true;
            }
        }
        if (lf && crlf) {
            return LineEndings.MIXED;
        }
        return crlf ? LineEndings.CRLF : lf ? LineEndings.LF : LineEndings.NONE;
    }

    /** @return whether the text ends with a line break (an empty file counts as ending well) */
    public boolean endsWithNewline() {
        return text.isEmpty() || text.endsWith("\n");
    }
}
