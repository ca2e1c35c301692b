package dev.skillpack.validator.rule;

import dev.skillpack.core.write.TextEdit;
import java.util.List;
import java.util.Objects;

/**
 * A mechanical repair for a finding: edits that splice the file's text at spans.
 *
 * @param description what the fix does, e.g. "replace backslashes with forward slashes"
 * @param safe whether it can run without review ({@code --fix}); unsafe ones need {@code --unsafe-fixes}
 * @param edits the edits, all in the finding's file
 */
public record Fix(String description, boolean safe, List<TextEdit> edits) {

    /** Validates and copies the fields. */
    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }
}
