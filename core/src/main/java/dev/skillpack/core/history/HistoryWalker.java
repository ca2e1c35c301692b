package dev.skillpack.core.history;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.tokens.TokenCounter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Walks the commits that changed one skill folder. Each commit carries the folder's path at that commit;
 * when the folder is missing in a parent, a rename of its SKILL.md (by content similarity, as git
 * finds renames) names the folder the parent had. Commits are visited children first, so a commit's
 * path is known before it is visited.
 */
final class HistoryWalker {
    private final Repository repository;
    private final TokenCounter counter;
    private final SkillParser parser = SkillParser.create();

    HistoryWalker(Repository repository, TokenCounter counter) {
        this.repository = repository;
        this.counter = counter;
    }

    SkillHistory walk(Revision from, String folder, Optional<ObjectId> after) throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        List<HistoryEntry> entries = new ArrayList<>();
        Optional<CommitInfo> cutAt = Optional.empty();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.COMMIT_TIME_DESC, true);
            RevCommit start = walk.parseCommit(ObjectId.fromString(from.id()));
            walk.markStart(start);
            if (after.isPresent()) {
                walk.markUninteresting(walk.parseCommit(after.get()));
            }
            Map<ObjectId, String> pathAt = new HashMap<>();
            pathAt.put(start.copy(), folder);
            int pending = 1;
            for (RevCommit commit = walk.next(); commit != null && pending > 0; commit = walk.next()) {
                String path = pathAt.get(commit);
                if (path == null) {
                    continue;
                }
                pending--;
                ObjectId tree = folderAt(reader, commit.getTree(), path);
                if (tree == null) {
                    continue; // the skill is not in this commit: nothing older belongs to its history
                }
                HistoryEntry.Change change = null;
                Optional<String> renamedFrom = Optional.empty();
                boolean sameAsAParent = false;
                int parentsWithSkill = 0;
                for (RevCommit parent : commit.getParents()) {
                    walk.parseHeaders(parent);
                    String parentPath = path;
                    ObjectId parentTree = folderAt(reader, parent.getTree(), path);
                    if (parentTree == null) {
                        Optional<String> old = renamedFrom(reader, parent.getTree(), commit.getTree(), path);
                        if (old.isPresent()) {
                            parentPath = old.get();
                            parentTree = folderAt(reader, parent.getTree(), parentPath);
                            renamedFrom = old;
                        }
                    }
                    if (parentTree == null) {
                        continue;
                    }
                    parentsWithSkill++;
                    if (parentTree.equals(tree) && parentPath.equals(path)) {
                        sameAsAParent = true;
                    }
                    if (!pathAt.containsKey(parent)) {
                        pathAt.put(parent.copy(), parentPath);
                        pending++;
                    }
                }
                if (sameAsAParent) {
                    continue;
                }
                if (commit.getParentCount() == 0 && shallow.contains(commit)) {
                    change = HistoryEntry.Change.HISTORY_CUT;
                    cutAt = Optional.of(Commits.info(commit));
                } else if (parentsWithSkill == 0) {
                    change = HistoryEntry.Change.ADDED;
                    renamedFrom = Optional.empty();
                } else if (renamedFrom.isPresent()) {
                    change = HistoryEntry.Change.RENAMED;
                } else if (commit.getParentCount() > 1) {
                    change = HistoryEntry.Change.MERGED;
                } else {
                    change = HistoryEntry.Change.MODIFIED;
                }
                entries.add(entry(commit, path, change, renamedFrom));
            }
        }
        return new SkillHistory(folder, from, entries, cutAt);
    }

    private HistoryEntry entry(RevCommit commit, String path, HistoryEntry.Change change,
                               Optional<String> renamedFrom) throws IOException {
        CommitInfo info = Commits.info(commit);
        GitTreeSkillSource source = GitTreeSkillSource.list(repository, commit.getTree(), path,
                info.shortId() + ":" + path, SourceLimits.defaults());
        Skill skill = parser.parseSkill(source);
        Optional<String> version = Optional.ofNullable(skill.frontmatter().metadata().get("version"));
        return new HistoryEntry(info, path, change, renamedFrom, version, TokenSnapshot.of(skill, counter));
    }

    /** The tree id of a folder in a commit's tree, or null when the folder is not there. */
    static ObjectId folderAt(ObjectReader reader, RevTree root, String path) throws IOException {
        if (path.isEmpty()) {
            return root.getId();
        }
        try (TreeWalk at = TreeWalk.forPath(reader, path, root)) {
            return at != null && at.getFileMode(0) == FileMode.TREE ? at.getObjectId(0) : null;
        }
    }

    /**
     * The folder the skill had in the parent: the files that git's rename detection finds moved into
     * {@code path/} vote for the folder they came from (same path inside the folder), SKILL.md counting most.
     */
    private Optional<String> renamedFrom(ObjectReader reader, RevTree parent, RevTree commit, String path)
            throws IOException {
        String prefix = path.isEmpty() ? "" : path + "/";
        List<DiffEntry> candidates = new ArrayList<>();
        try (TreeWalk trees = new TreeWalk(repository, reader)) {
            trees.addTree(parent);
            trees.addTree(commit);
            trees.setRecursive(true);
            trees.setFilter(TreeFilter.ANY_DIFF);
            for (DiffEntry entry : DiffEntry.scan(trees)) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE
                        || entry.getChangeType() == DiffEntry.ChangeType.ADD && entry.getNewPath().startsWith(prefix)) {
                    candidates.add(entry);
                }
            }
        }
        if (candidates.stream().noneMatch(e -> e.getChangeType() == DiffEntry.ChangeType.DELETE)) {
            return Optional.empty();
        }
        RenameDetector renames = new RenameDetector(repository);
        renames.addAll(candidates);
        List<DiffEntry> found;
        try {
            found = renames.compute(reader, NullProgressMonitor.INSTANCE);
        } catch (org.eclipse.jgit.api.errors.CanceledException e) {
            throw new IOException("rename detection was cancelled", e); // no monitor cancels it
        }
        Map<String, Integer> votes = new HashMap<>();
        for (DiffEntry entry : found) {
            if (entry.getChangeType() != DiffEntry.ChangeType.RENAME) {
                continue;
            }
            String inside = entry.getNewPath().substring(prefix.length());
            String old = entry.getOldPath();
            if (!old.endsWith(inside) || !(old.length() == inside.length() || old.endsWith("/" + inside))) {
                continue; // moved to another place inside the folder: says nothing about the folder
            }
            String folder = old.length() == inside.length() ? "" : old.substring(0, old.length() - inside.length() - 1);
            boolean skillFile = inside.equals(SkillParser.SKILL_FILE) || inside.equals(SkillParser.SKILL_FILE_LOWER);
            votes.merge(folder, skillFile ? 1000 : 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }
}
