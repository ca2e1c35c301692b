package dev.skillpack.core.model;

import java.util.Objects;

/**
 * A block of raw HTML, HTML comments included.
 *
 * @param html the raw text
 * @param container where the block sits
 * @param span where the block is written
 */
public record HtmlBlock(String html, Container container, SourceSpan span) implements Block {

    /** Validates the fields. */
    public HtmlBlock {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(span, "span");
    }
}
