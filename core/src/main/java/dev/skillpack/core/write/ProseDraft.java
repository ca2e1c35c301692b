package dev.skillpack.core.write;

import java.util.Objects;

/**
 * Prose to be written as it is: one or more paragraphs, lists or tables of Markdown, without headings
 * (give headings as sections so the structure reads back the same).
 *
 * @param markdown the Markdown; line breaks are written as {@code \n} and blank lines around it dropped
 */
public record ProseDraft(String markdown) implements BlockDraft {

    /** Validates the text. */
    public ProseDraft {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.isBlank()) {
            throw new IllegalArgumentException("prose is blank");
        }
    }
}
