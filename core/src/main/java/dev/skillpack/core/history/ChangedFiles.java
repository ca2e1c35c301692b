package dev.skillpack.core.history;

import java.util.List;
import java.util.Objects;

/**
 * The files that differ between a merge base and the work tree.
 *
 * @param mergeBase the commit compared with
 * @param paths changed paths relative to the repository top, in path order
 */
public record ChangedFiles(Revision mergeBase, List<String> paths) {

    /** Copies the paths. */
    public ChangedFiles {
        Objects.requireNonNull(mergeBase, "mergeBase");
        paths = List.copyOf(paths);
    }

    /**
     * @param folder a folder relative to the repository top ("" for the top)
     * @return whether any changed path lies in that folder
     */
    public boolean touches(String folder) {
        String prefix = SkillRepository.normalise(folder);
        return prefix.isEmpty() ? !paths.isEmpty()
                : paths.stream().anyMatch(p -> p.equals(prefix) || p.startsWith(prefix + "/"));
    }
}
