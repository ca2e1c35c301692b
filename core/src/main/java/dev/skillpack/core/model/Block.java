package dev.skillpack.core.model;

/**
 * A leaf block of a Markdown document, in document order. Container blocks (lists, block quotes) are
 * flattened: their leaves appear here with {@link Container} telling where they sat.
 */
public sealed interface Block permits Heading, Paragraph, CodeExample, HtmlBlock, Table {

    /** @return where the block is written */
    SourceSpan span();

    /** Where a leaf block sits. */
    enum Container {
        /** At the top level of the document. */
        ROOT,
        /** Inside a list item. */
        LIST_ITEM,
        /** Inside a block quote. */
        BLOCK_QUOTE
    }
}
