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
 * @param onRequest whether the fix touches the whole file (line endings) and so runs only when its rule is
 *     asked for by itself ({@code --fix --rule ID}), never as a side effect of fixing something else
 */
public record Fix(String description, boolean safe, List<TextEdit> edits, boolean onRequest) {

    /** Validates and copies the fields. */
    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    /**
     * A fix that {@code --fix} takes with the others.
     *
     * @param description what the fix does
     * @param safe whether it runs with {@code --fix} (else only with {@code --unsafe-fixes})
     * @param edits the edits
     */
    public Fix(String description, boolean safe, List<TextEdit> edits) {
        this(description, safe, edits, false);
    }
}
