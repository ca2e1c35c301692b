package dev.skillpack.core.history;

import java.util.Objects;

/**
 * A release carried out.
 *
 * @param commit the release commit
 * @param tag the annotated tag pointing at it
 */
public record ReleaseResult(CommitInfo commit, ReleaseTag tag) {

    /** Validates the fields. */
    public ReleaseResult {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(tag, "tag");
    }
}
