package dev.skillpack.core.model;

import java.util.Objects;

/**
 * A Markdown file of a skill other than SKILL.md, usually under {@code references/}.
 *
 * @param relativePath path inside the skill folder, with forward slashes
 * @param document the parsed file
 */
public record ReferenceFile(String relativePath, MarkdownDocument document) {

    /** Validates the fields. */
    public ReferenceFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(document, "document");
    }

    /** @return whether the file lies in the skill's {@code references/} folder */
    public boolean inReferencesFolder() {
        return relativePath.startsWith("references/");
    }
}
