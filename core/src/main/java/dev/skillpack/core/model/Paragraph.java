package dev.skillpack.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of prose.
 *
 * @param text plain text: inline markup removed, inline code kept, soft line breaks as spaces
 * @param container where the paragraph sits (top level, list item, block quote)
 * @param links links written in the paragraph
 * @param inlineCode code spans written in the paragraph
 * @param span where the paragraph is written
 */
public record Paragraph(String text, Container container, List<Link> links, List<InlineCode> inlineCode,
                        SourceSpan span) implements Block {

    /** Validates and copies the fields. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(container, "container");
        links = List.copyOf(links);
        inlineCode = List.copyOf(inlineCode);
        Objects.requireNonNull(span, "span");
    }
}
