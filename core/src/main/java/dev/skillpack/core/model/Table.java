package dev.skillpack.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A GitHub-flavoured table.
 *
 * @param rows cell texts, header row first
 * @param links links written in the cells
 * @param inlineCode code spans written in the cells
 * @param container where the table sits
 * @param span where the table is written
 */
public record Table(List<List<String>> rows, List<Link> links, List<InlineCode> inlineCode, Container container,
                    SourceSpan span) implements Block {

    /** Copies the rows. */
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        links = List.copyOf(links);
        inlineCode = List.copyOf(inlineCode);
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(span, "span");
    }
}
