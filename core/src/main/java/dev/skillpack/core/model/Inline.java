package dev.skillpack.core.model;

import java.util.Objects;

/**
 * One inline element of a Markdown file as commonmark parsed it, kept so that later stages can tell
 * prose from markup by position instead of lexing the text again. A {@link Kind#TEXT} span covers
 * literal text only; the characters of a paragraph, heading or table cell that no {@code TEXT} span
 * covers are markup (emphasis delimiters, link brackets and destinations, heading markers, the
 * indentation and {@code >} of continuation lines).
 *
 * @param kind what the element is
 * @param span where it is written, delimiters included (an emphasis span includes its {@code *})
 */
public record Inline(Kind kind, SourceSpan span) {

    /** What an inline element is. */
    public enum Kind {
        /** Literal text (after entity and escape decoding, so its span may be longer than its text). */
        TEXT,
        /** A code span, backticks included. */
        CODE,
        /** Emphasis ({@code *x*} or {@code _x_}). */
        EMPHASIS,
        /** Strong emphasis ({@code **x**} or {@code __x__}). */
        STRONG_EMPHASIS,
        /** A link written with brackets, inline or by reference. */
        LINK,
        /** An autolink such as {@code <https://example.com>}. */
        AUTOLINK,
        /** An image. */
        IMAGE,
        /** Inline HTML: one tag or one comment. */
        HTML,
        /** The backslash of a backslash escape such as {@code \*} (one character). */
        ESCAPE,
        /**
         * A hard line break written as a backslash before the line end (commonmark gives a break made of
         * trailing spaces no position; those spaces end the text before it).
         */
        HARD_BREAK,
        /** A table cell, from the character after one pipe to the character before the next. */
        TABLE_CELL
    }

    /** Validates the fields. */
    public Inline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
