package dev.skillpack.core.history;

import java.util.Objects;

/**
 * A revision as the user named it ({@code HEAD~3}, {@code main}, {@code secure-web/v1.2.0}, a commit id),
 * resolved to the commit it names.
 *
 * @param name what the user wrote
 * @param commit the commit it resolves to
 */
public record Revision(String name, CommitInfo commit) {

    /** Validates the fields. */
    public Revision {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(commit, "commit");
    }

    /** @return the full commit id */
    public String id() {
        return commit.id();
    }
}
