package dev.skillpack.core.model;

import java.util.Objects;

/**
 * An ATX or setext heading.
 *
 * @param level 1 to 6
 * @param text the heading's plain text
 * @param anchor the GitHub-style anchor a link to this heading uses, without {@code #}
 * @param span where the heading is written
 */
public record Heading(int level, String text, String anchor, SourceSpan span) implements Block {

    /** Validates the fields. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(span, "span");
    }
}
