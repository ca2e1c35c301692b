package dev.skillpack.core.model;

import java.util.Objects;

/**
 * An HTML comment ({@code <!-- ... -->}), in a block of its own or inline; used for inline suppressions.
 *
 * @param text the text between {@code <!--} and {@code -->}, stripped
 * @param span where the comment is written
 */
public record HtmlComment(String text, SourceSpan span) {

    /** Validates the fields. */
    public HtmlComment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
