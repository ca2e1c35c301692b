package dev.skillpack.core.history;

import java.util.Locale;
import java.util.Objects;

/**
 * A file of a skill that was added, removed or changed between two revisions. Text is compared with
 * CRLF line breaks read as LF, so converting line endings alone is no change.
 *
 * @param path the file's path inside the skill
 * @param kind what happened to it
 */
public record FileChange(String path, Kind kind) {

    /** What happened to a file. */
    public enum Kind {
        /** Only in the newer revision. */
        ADDED,
        /** Only in the older revision. */
        REMOVED,
        /** In both, with other content. */
        CHANGED
    }

    /** Validates the fields. */
    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return whether the file is Markdown: a reference the agent reads */
    public boolean reference() {
        return path.toLowerCase(Locale.ROOT).endsWith(".md");
    }
}
