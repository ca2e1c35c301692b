package dev.skillpack.core.history;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** What differs between commits and the work tree, below one folder. */
final class WorkingTreeChanges {
    private WorkingTreeChanges() {
    }

    /** Paths changed from {@code base} to HEAD, plus what is not committed (nothing more in a bare repository). */
    static List<String> since(Repository repository, RevCommit base, String folder) throws IOException {
        Set<String> paths = new TreeSet<>();
        ObjectId head = repository.resolve(Constants.HEAD);
        try (ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader);
             TreeWalk trees = new TreeWalk(repository, reader)) {
            trees.addTree(base.getTree());
            trees.addTree(walk.parseCommit(head).getTree());
            trees.setRecursive(true);
            trees.setFilter(folder.isEmpty() ? TreeFilter.ANY_DIFF : PathFilter.create(folder));
            for (DiffEntry entry : DiffEntry.scan(trees)) {
                if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
                    paths.add(entry.getNewPath());
                }
                if (entry.getChangeType() != DiffEntry.ChangeType.ADD) {
                    paths.add(entry.getOldPath());
                }
            }
        }
        if (!repository.isBare()) {
            paths.addAll(uncommitted(repository, folder));
        }
        return List.copyOf(paths);
    }

    /** Staged, modified, missing and untracked paths below a folder; empty in a bare repository. */
    static List<String> uncommitted(Repository repository, String folder) throws IOException {
        if (repository.isBare()) {
            return List.of();
        }
        try (Git git = Git.wrap(repository)) {
            StatusCommand command = git.status();
            if (!folder.isEmpty()) {
                command.addPath(folder);
            }
            Status status = command.call();
            Set<String> paths = new TreeSet<>();
            paths.addAll(status.getAdded());
            paths.addAll(status.getChanged());
            paths.addAll(status.getModified());
            paths.addAll(status.getMissing());
            paths.addAll(status.getRemoved());
            paths.addAll(status.getUntracked());
            paths.addAll(status.getConflicting());
            return List.copyOf(paths);
        } catch (GitAPIException e) {
            throw new IOException("cannot read the status of the work tree: " + e.getMessage(), e);
        }
    }
}
