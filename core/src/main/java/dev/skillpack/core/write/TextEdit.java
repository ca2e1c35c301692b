package dev.skillpack.core.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replace {@code length} characters at {@code offset} of a file's text with {@code replacement}.
 * Edits splice the original text, so every byte outside them stays as it was.
 *
 * @param offset 0-based offset into the decoded text
 * @param length characters to replace (0 to insert)
 * @param replacement the new text
 */
public record TextEdit(int offset, int length, String replacement) {

    /** Validates the fields. */
    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
        Objects.requireNonNull(replacement, "replacement");
    }

    /** @return the offset just after the replaced text */
    public int end() {
        return offset + length;
    }

    /**
     * Applies edits to a text. Overlapping edits are a programming error.
     *
     * @param text the original text
     * @param edits edits in any order
     * @return the edited text
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.offset() < at || edit.end() > text.length()) {
                throw new IllegalArgumentException("edit at " + edit.offset() + " overlaps another or leaves the text");
            }
            out.append(text, at, edit.offset()).append(edit.replacement());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * @param edits edits in any order
     * @return whether any two of them overlap
     */
    public static boolean overlap(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).offset() < sorted.get(i - 1).end()) {
                return true;
            }
        }
        return false;
    }
}
