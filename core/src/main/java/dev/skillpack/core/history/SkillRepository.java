package dev.skillpack.core.history;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.tokens.TokenCounter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A git repository holding skills, opened through JGit (no {@code git} binary needed): read a skill
 * or pack at any revision, walk a skill's history, list its release tags, find what changed since a
 * revision. Works on normal clones, linked worktrees, bare repositories, shallow clones and
 * repositories without commits. Paths inside the repository are written with forward slashes, relative
 * to the repository's top folder ("" for the top folder itself).
 *
 * <p>Close it when done; sources made from it read the object database until then. Safe for use by
 * several threads.
 *
 * <pre>{@code
 * try (SkillRepository repo = SkillRepository.open(Path.of("."))) {
 *     Revision old = repo.resolve("HEAD~3");
 *     Skill skill = SkillParser.create().parseSkill(repo.sourceAt(old, "skills/pdf-forms"));
 * }
 * }</pre>
 */
public final class SkillRepository implements AutoCloseable {
    private final Repository repository;

    private SkillRepository(Repository repository) {
        this.repository = repository;
    }

    /**
     * Opens the repository holding a path: the nearest folder at or above it with a {@code .git} folder
     * or file (a worktree or submodule), or the path itself when it is a bare repository.
     *
     * @param path a file or folder inside a work tree, or a bare repository
     * @return the repository
     * @throws NotARepositoryException when no repository holds the path
     * @throws IOException when the repository cannot be read
     */
    public static SkillRepository open(Path path) throws NotARepositoryException, IOException {
        Path start = path.toAbsolutePath().normalize();
        // findGitDir takes the nearest .git folder or file at or above the path, or the folder itself when
        // it is a bare repository
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true)
                .findGitDir(Files.isDirectory(start) ? start.toFile() : parentOf(start));
        if (builder.getGitDir() == null) {
            throw new NotARepositoryException(path);
        }
        try {
            return new SkillRepository(builder.build());
        } catch (org.eclipse.jgit.errors.RepositoryNotFoundException e) {
            throw new NotARepositoryException(path);
        }
    }

    private static File parentOf(Path file) {
        Path parent = file.getParent();
        return (parent == null ? file : parent).toFile();
    }

    /** @return whether the repository has no work tree */
    public boolean bare() {
        return repository.isBare();
    }

    /** @return the top folder of the work tree; empty for a bare repository */
    public Optional<Path> workTree() {
        return repository.isBare() ? Optional.empty() : Optional.of(repository.getWorkTree().toPath());
    }

    /** @return the git directory ({@code .git}, a worktree's folder under it, or the bare repository) */
    public Path gitDirectory() {
        return repository.getDirectory().toPath();
    }

    /** @return whether any branch, HEAD included, has a commit */
    public boolean hasCommits() throws IOException {
        return repository.resolve(Constants.HEAD) != null;
    }

    /**
     * @return the commits where a shallow clone's history stops, oldest last; empty for a full clone
     * @throws IOException when the repository cannot be read
     */
    public List<CommitInfo> shallowBoundary() throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        List<CommitInfo> boundary = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (ObjectId id : shallow) {
                boundary.add(Commits.info(walk.parseCommit(id)));
            }
        }
        boundary.sort(Comparator.comparing(CommitInfo::date).reversed());
        return List.copyOf(boundary);
    }

    /**
     * @param revision a commit id (or a unique prefix), branch, tag, {@code HEAD}, {@code HEAD~3},
     *        {@code main^2}: anything git's revision syntax names a commit with
     * @return the revision
     * @throws HistoryException when the revision names nothing, or something other than a commit
     * @throws IOException when the repository cannot be read
     */
    public Revision resolve(String revision) throws HistoryException, IOException {
        Objects.requireNonNull(revision, "revision");
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new HistoryException("revision '" + revision + "' is an ambiguous abbreviated id; give more digits");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw new HistoryException("'" + revision + "' is not a revision that names a commit");
        }
        if (id == null) {
            if (namesSomethingElse(revision)) {
                throw new HistoryException("'" + revision + "' is not a revision that names a commit");
            }
            if (!hasCommits()) {
                throw new HistoryException("the repository has no commits yet, so there is no revision '"
                        + revision + "'; commit first");
            }
            throw new HistoryException("unknown revision '" + revision + "': no commit, branch or tag has that name"
                    + (repository.getObjectDatabase().getShallowCommits().isEmpty() ? ""
                    : " (the clone is shallow; fetch more history with git fetch --deepen)"));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return new Revision(revision, Commits.info(walk.parseCommit(id)));
        } catch (MissingObjectException e) {
            throw new HistoryException("revision '" + revision + "' names a commit that is not in this clone");
        }
    }

    private boolean namesSomethingElse(String revision) throws IOException {
        try {
            return repository.resolve(revision) != null;
        } catch (RevisionSyntaxException | AmbiguousObjectException | IncorrectObjectTypeException e) {
            return false;
        }
    }

    /**
     * @param path a file or folder in the work tree
     * @return the path relative to the work tree's top, with forward slashes, "" for the top itself
     * @throws IllegalArgumentException when the repository is bare or the path lies outside its work tree
     */
    public String repositoryPath(Path path) {
        if (repository.isBare()) {
            throw new IllegalArgumentException("a bare repository has no work tree; give paths inside the repository");
        }
        Path top = real(repository.getWorkTree().toPath());
        Path target = real(path.toAbsolutePath().normalize());
        if (!target.startsWith(top)) {
            throw new IllegalArgumentException(path + " is not inside the work tree " + top);
        }
        return top.relativize(target).toString().replace('\\', '/');
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            // a path that does not exist yet: resolve what exists of it
            Path parent = path.getParent();
            return parent == null ? path : real(parent).resolve(path.getFileName());
        }
    }

    /**
     * @param revision a resolved revision
     * @param folder a folder in the repository ("" for the top), holding a skill or a pack
     * @return the folder's files at that revision, shown in reports as {@code REV:folder}
     * @throws IOException when the object database cannot be read
     */
    public GitTreeSkillSource sourceAt(Revision revision, String folder) throws IOException {
        return sourceAt(revision, folder, revision.name() + ":" + folder, SourceLimits.defaults());
    }

    /**
     * @param revision a resolved revision
     * @param folder a folder in the repository ("" for the top), holding a skill or a pack
     * @param displayPath how the folder is shown in reports
     * @param limits the limits to apply
     * @return the folder's files at that revision
     * @throws IOException when the object database cannot be read
     */
    public GitTreeSkillSource sourceAt(Revision revision, String folder, String displayPath, SourceLimits limits)
            throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.id()));
            return GitTreeSkillSource.list(repository, commit.getTree(), normalise(folder), displayPath, limits);
        }
    }

    /**
     * @param folder a folder in the repository ("" for the top)
     * @return the folder in the work tree, as it is on disk now
     * @throws IllegalStateException when the repository is bare
     */
    public SkillSource workingTree(String folder) {
        Path top = workTree().orElseThrow(() -> new IllegalStateException("a bare repository has no work tree"));
        String clean = normalise(folder);
        Path dir = clean.isEmpty() ? top : top.resolve(clean);
        return new DirectorySkillSource(dir, DirectorySkillSource.displayOf(dir), SourceLimits.defaults());
    }

    /**
     * The files below a folder that differ between the merge base of a revision and HEAD, and the work
     * tree (committed, staged, unstaged and untracked changes alike) — what a pull request changes.
     *
     * @param since the revision to compare with, usually the target branch
     * @param folder a folder in the repository ("" for the top)
     * @return the changed paths, relative to the repository top, in path order
     * @throws HistoryException when HEAD and the revision share no history
     * @throws IOException when the repository cannot be read
     */
    public ChangedFiles changedSince(Revision since, String folder) throws HistoryException, IOException {
        String clean = normalise(folder);
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            throw new HistoryException("the repository has no commits yet; there is nothing to compare with");
        }
        RevCommit base;
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ObjectId.fromString(since.id())));
            walk.markStart(walk.parseCommit(head));
            base = walk.next();
            if (base == null) {
                throw new HistoryException("'" + since.name() + "' and HEAD share no history"
                        + (repository.getObjectDatabase().getShallowCommits().isEmpty() ? ""
                        : " in this shallow clone; fetch more history with git fetch --deepen"));
            }
            base = walk.parseCommit(base);
        }
        Revision baseRevision = new Revision(since.name() + " (merge base)", Commits.info(base));
        List<String> paths = WorkingTreeChanges.since(repository, base, clean);
        return new ChangedFiles(baseRevision, paths);
    }

    /**
     * The commits that changed a skill folder, newest first, following renames of the folder.
     *
     * @param from where to start walking, usually HEAD
     * @param skillFolder the skill's folder in the repository at {@code from}
     * @param counter counts tokens of each commit's files
     * @return the history
     * @throws IOException when the repository cannot be read
     */
    public SkillHistory history(Revision from, String skillFolder, TokenCounter counter) throws IOException {
        return new HistoryWalker(repository, counter).walk(from, normalise(skillFolder),
                Optional.empty());
    }

    /**
     * The commits that changed a skill after a given commit (that commit and its ancestors left out).
     *
     * @param from where to start walking, usually HEAD
     * @param skillFolder the skill's folder in the repository at {@code from}
     * @param after the commit to stop at, usually the last release
     * @param counter counts tokens of each commit's files
     * @return the history
     * @throws IOException when the repository cannot be read
     */
    public SkillHistory historySince(Revision from, String skillFolder, Revision after, TokenCounter counter)
            throws IOException {
        return new HistoryWalker(repository, counter).walk(from, normalise(skillFolder),
                Optional.of(ObjectId.fromString(after.id())));
    }

    /**
     * The release tags of a skill: {@code <name>/v<semver>}, highest version first. Tags whose version is
     * not semver are left out.
     *
     * @param skillName the skill's name
     * @return the tags
     * @throws IOException when the repository cannot be read
     */
    public List<ReleaseTag> releaseTags(String skillName) throws IOException {
        List<ReleaseTag> tags = new ArrayList<>();
        String prefix = Constants.R_TAGS + ReleaseTag.prefix(skillName);
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                String tagName = ref.getName().substring(Constants.R_TAGS.length());
                Optional<SemanticVersion> version = ReleaseTag.versionOf(skillName, tagName);
                if (version.isEmpty()) {
                    continue;
                }
                Ref peeled = repository.getRefDatabase().peel(ref);
                ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
                RevCommit commit;
                try {
                    commit = walk.parseCommit(target);
                } catch (IncorrectObjectTypeException | MissingObjectException e) {
                    continue; // a tag of a tree or blob, or of a commit this clone lacks, is no release
                }
                tags.add(new ReleaseTag(skillName, version.get(), tagName, Commits.info(commit),
                        peeled.getPeeledObjectId() != null));
            }
        }
        tags.sort(Comparator.comparing(ReleaseTag::version).reversed());
        return List.copyOf(tags);
    }

    /**
     * The highest release of a skill whose commit is the given revision or one of its ancestors.
     *
     * @param skillName the skill's name
     * @param at the revision, usually HEAD
     * @return the release, if any
     * @throws IOException when the repository cannot be read
     */
    public Optional<ReleaseTag> lastRelease(String skillName, Revision at) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit tip = walk.parseCommit(ObjectId.fromString(at.id()));
            for (ReleaseTag tag : releaseTags(skillName)) {
                RevCommit tagged = walk.parseCommit(ObjectId.fromString(tag.commit().id()));
                if (walk.isMergedInto(tagged, tip)) {
                    return Optional.of(tag);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Works out the release facts of one skill for the history rules.
     *
     * @param skill the skill as checked (parsed from the work tree or from {@code at})
     * @param skillFolder the skill's folder in the repository
     * @param at the revision whose history counts: HEAD for the work tree, else the revision checked
     * @param checked how the checked revision is named in findings ({@code working tree}, {@code v1.2.0})
     * @return the facts
     * @throws IOException when the repository cannot be read
     */
    public ReleaseFacts releaseFacts(dev.skillpack.core.model.Skill skill, String skillFolder, Revision at, String checked)
            throws IOException {
        String name = skill.name().filter(n -> !n.isBlank()).orElse(skill.folderName());
        List<ReleaseTag> tags = releaseTags(name);
        if (tags.isEmpty()) {
            return TaglessProbe.untagged(skill, checked);
        }
        dev.skillpack.core.parse.SkillParser parser = dev.skillpack.core.parse.SkillParser.create();
        Optional<ReleaseTag> last = lastRelease(name, at);
        List<ReleaseFacts.TagMismatch> mismatches = new ArrayList<>();
        boolean changed = false;
        for (ReleaseTag tag : tags) {
            Revision tagged = new Revision(tag.tagName(), tag.commit());
            dev.skillpack.core.model.Skill then = parser.parseSkill(sourceAt(tagged, skillFolder));
            Optional<String> written = Optional.ofNullable(then.frontmatter().metadata().get("version"));
            boolean present = then.resources().stream().anyMatch(r -> r.relativePath().equals(then.skillFile().relativePath()));
            if (present && !written.map(w -> SemanticVersion.parse(w).map(tag.version()::equals).orElse(false)).orElse(false)) {
                mismatches.add(new ReleaseFacts.TagMismatch(tag, written));
            }
            if (last.isPresent() && last.get().tagName().equals(tag.tagName())) {
                changed = !ReleaseFacts.sameContent(then, skill);
            }
        }
        return new ReleaseFacts(name, checked, last, changed, Optional.of(tags.get(0)), mismatches);
    }

    /**
     * Whether every file below a folder is committed: nothing staged, modified, deleted or untracked
     * (ignored files do not count).
     *
     * @param folder a folder in the repository
     * @return the paths that are not committed, empty when all are
     * @throws IOException when the repository cannot be read
     */
    public List<String> uncommitted(String folder) throws IOException {
        return WorkingTreeChanges.uncommitted(repository, normalise(folder));
    }

    /** @return the JGit repository, for the release writer in this package */
    Repository jgit() {
        return repository;
    }

    static String normalise(String folder) {
        String clean = folder.replace('\\', '/');
        while (clean.startsWith("./")) {
            clean = clean.substring(2);
        }
        while (clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean.equals(".") ? "" : clean;
    }

    @Override
    public void close() {
        repository.close();
    }
}
