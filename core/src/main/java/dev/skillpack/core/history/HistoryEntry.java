package dev.skillpack.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * One commit that changed a skill.
 *
 * @param commit the commit
 * @param path the skill's folder in the repository at that commit
 * @param change how the commit changed the skill
 * @param renamedFrom the folder before a rename
 * @param version {@code metadata.version} at that commit, as written
 * @param tokens token counts of the skill's files at that commit
 */
public record HistoryEntry(CommitInfo commit, String path, Change change, Optional<String> renamedFrom,
                           Optional<String> version, TokenSnapshot tokens) {

    /** How a commit changed a skill. */
    public enum Change {
        /** The skill's folder first appears. */
        ADDED,
        /** Files of the skill changed. */
        MODIFIED,
        /** The skill's folder moved (its files may have changed too). */
        RENAMED,
        /** A merge whose result differs from every parent. */
        MERGED,
        /** A shallow clone's history stops at this commit, so what it changed is not known. */
        HISTORY_CUT
    }

    /** Validates the fields. */
    public HistoryEntry {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(renamedFrom, "renamedFrom");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tokens, "tokens");
    }
}
