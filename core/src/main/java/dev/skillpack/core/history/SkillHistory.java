package dev.skillpack.core.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The commits that changed one skill, newest first, renames of its folder followed.
 *
 * <p>A commit is listed when the skill's folder differs from its folder in every parent (a merge that
 * takes one side unchanged is not listed; the commits of that side are). Listing stops where the folder
 * first appears, or where a shallow clone's history stops.
 *
 * @param skillFolder the skill's folder at the starting revision
 * @param from the revision the walk started at
 * @param entries the commits, newest first
 * @param cutAt where a shallow clone's history stops, when it stops before the skill was added
 */
public record SkillHistory(String skillFolder, Revision from, List<HistoryEntry> entries,
                           Optional<CommitInfo> cutAt) {

    /** Copies the entries. */
    public SkillHistory {
        Objects.requireNonNull(skillFolder, "skillFolder");
        Objects.requireNonNull(from, "from");
        entries = List.copyOf(entries);
        Objects.requireNonNull(cutAt, "cutAt");
    }

    /** @return whether the history reaches the commit that added the skill */
    public boolean complete() {
        return cutAt.isEmpty();
    }

    /** @return the oldest commit listed */
    public Optional<HistoryEntry> oldest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }
}
