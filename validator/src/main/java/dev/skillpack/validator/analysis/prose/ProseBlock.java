package dev.skillpack.validator.analysis.prose;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.Heading;
import java.util.List;
import java.util.Objects;

/**
 * One run of prose: a paragraph, a heading's text or a table cell, with everything that is not prose
 * masked out so that every character still sits at its offset in the file.
 *
 * @param kind what the prose is
 * @param block the Markdown block it comes from
 * @param container where the block sits (top level, list item, block quote)
 * @param start offset of the first character in the file's text
 * @param text the masked text: code spans and bare URLs are {@link ProseDocument#CODE}, markup and link
 *             destinations are spaces, so {@code text.charAt(i)} is the file's character at {@code start + i}
 *             or a mask
 * @param unquoted {@code text} with quoted passages ({@code "…"}, {@code “…”}, {@code '…'}) replaced by
 *                 {@link ProseDocument#QUOTE}: a quotation mentions a phrase rather than using it
 * @param headings the headings this block sits under, outermost first
 * @param section index of the section it sits in directly: 0 before the first heading, n after the n-th heading
 * @param illustrative whether the block shows an example rather than instructing: block quotes, sections
 *                     titled like "Examples" or "Bad", items after a lead such as "phrases like:", and blocks
 *                     that start with a marker such as "Bad:" or "❌"
 */
public record ProseBlock(Kind kind, Block block, Block.Container container, int start, String text, String unquoted,
                         List<Heading> headings, int section, boolean illustrative) {

    /** What a prose block is. */
    public enum Kind {
        /** A paragraph, at the top level, in a list item or in a block quote. */
        PARAGRAPH,
        /** The text of a heading. */
        HEADING,
        /** One cell of a table row. */
        TABLE_CELL
    }

    /** Validates and copies the fields. */
    public ProseBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unquoted, "unquoted");
        headings = List.copyOf(headings);
        if (unquoted.length() != text.length()) {
            throw new IllegalArgumentException("unquoted text must keep every offset");
        }
    }

    /** @return the offset just after the last character */
    public int end() {
        return start + text.length();
    }

    /** @return whether this is a paragraph inside a list item */
    public boolean inListItem() {
        return container == Block.Container.LIST_ITEM;
    }

    /** @return whether this is a paragraph inside a block quote */
    public boolean inBlockQuote() {
        return container == Block.Container.BLOCK_QUOTE;
    }
}
