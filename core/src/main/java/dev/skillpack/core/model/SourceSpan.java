package dev.skillpack.core.model;

import java.util.Objects;

/**
 * A region of a file: where a model element, finding or problem comes from.
 *
 * <p>Positions are 0-based and counted in UTF-16 code units, like {@link String} indexes:
 * {@code lineIndex} and {@code columnIndex} of the first character, {@code endLineIndex} and
 * {@code endColumnIndex} of the position just after the last one, {@code offset} and
 * {@code length} into the file's decoded text (after any byte-order mark). Reports convert to
 * 1-based lines and columns with {@link #line()} and {@link #column()}.
 *
 * @param path display path of the file, with forward slashes
 * @param lineIndex 0-based line of the first character
 * @param columnIndex 0-based column of the first character
 * @param endLineIndex 0-based line of the end position
 * @param endColumnIndex 0-based column of the end position (exclusive)
 * @param offset 0-based offset of the first character in the file's text
 * @param length number of UTF-16 code units covered
 */
public record SourceSpan(String path, int lineIndex, int columnIndex, int endLineIndex, int endColumnIndex,
                         int offset, int length) {

    /** Validates the positions. */
    public SourceSpan {
        Objects.requireNonNull(path, "path");
        if (lineIndex < 0 || columnIndex < 0 || offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative position in span of " + path);
        }
        if (endLineIndex < lineIndex || (endLineIndex == lineIndex && endColumnIndex < columnIndex)) {
            throw new IllegalArgumentException("span of " + path + " ends before it starts");
        }
    }

    /**
     * A span that covers nothing at the start of a file, for problems that concern a whole file.
     *
     * @param path display path of the file
     * @return an empty span at line 1, column 1
     */
    public static SourceSpan wholeFile(String path) {
        return new SourceSpan(path, 0, 0, 0, 0, 0, 0);
    }

    /** @return the 1-based line of the first character */
    public int line() {
        return lineIndex + 1;
    }

    /** @return the 1-based column of the first character */
    public int column() {
        return columnIndex + 1;
    }

    /** @return the 1-based line of the end position */
    public int endLine() {
        return endLineIndex + 1;
    }

    /** @return the 1-based column of the end position (exclusive) */
    public int endColumn() {
        return endColumnIndex + 1;
    }

    /** @return the offset just after the last character */
    public int endOffset() {
        return offset + length;
    }

    /**
     * @param other another span of the same file
     * @return whether {@code other} lies within this span
     */
    public boolean contains(SourceSpan other) {
        return path.equals(other.path) && other.offset >= offset && other.endOffset() <= endOffset();
    }
}
