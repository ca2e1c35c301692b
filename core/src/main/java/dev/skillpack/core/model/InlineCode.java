package dev.skillpack.core.model;

import java.util.Objects;

/**
 * A code span such as {@code `references/flask.md`}.
 *
 * @param code the code text, without backticks
 * @param span where it is written, backticks included
 */
public record InlineCode(String code, SourceSpan span) {

    /** Validates the fields. */
    public InlineCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
    }
}
