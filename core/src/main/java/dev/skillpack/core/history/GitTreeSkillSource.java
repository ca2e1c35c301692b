package dev.skillpack.core.history;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceEntry;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.source.SourceListing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of a folder as a git tree holds them at one commit, read straight from the object database:
 * no checkout, no temporary files. Symbolic links and submodules in the tree are reported, never
 * followed; {@code node_modules} and {@code target} are skipped as on disk; file count, depth and size
 * limits apply as for {@link DirectorySkillSource}. The listing is taken when the source is made, so it
 * cannot change; files are read on demand and the source stays usable while its
 * {@link SkillRepository} is open. Thread-safe.
 */
public final class GitTreeSkillSource implements SkillSource {
    private final Repository repository;
    private final String displayPath;
    private final SourceLimits limits;
    private final SourceListing listing;
    private final Map<String, ObjectId> blobs;

    private GitTreeSkillSource(Repository repository, String displayPath, SourceLimits limits,
                               SourceListing listing, Map<String, ObjectId> blobs) {
        this.repository = repository;
        this.displayPath = displayPath;
        this.limits = limits;
        this.listing = listing;
        this.blobs = blobs;
    }

    /**
     * Lists a folder of a tree.
     *
     * @param repository the repository holding the tree
     * @param tree the root tree of a commit
     * @param folder folder inside the tree, "" for the whole tree
     * @param displayPath how the folder is shown in reports
     * @param limits the limits to apply
     * @return the source; empty with a problem when the folder is not in the tree
     * @throws IOException when the object database cannot be read
     */
    static GitTreeSkillSource list(Repository repository, ObjectId tree, String folder, String displayPath,
                                   SourceLimits limits) throws IOException {
        List<SourceEntry> files = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectId start = tree;
            if (!folder.isEmpty()) {
                try (TreeWalk at = TreeWalk.forPath(repository, reader, folder, tree)) {
                    if (at == null || at.getFileMode(0) != FileMode.TREE) {
                        problems.add(problem(displayPath, ProblemCode.UNREADABLE, "", at == null
                                ? "no such folder at this revision" : "not a folder at this revision"));
                        return new GitTreeSkillSource(repository, displayPath, limits,
                                new SourceListing(files, problems), Map.of());
                    }
                    start = at.getObjectId(0);
                }
            }
            try (TreeWalk walk = new TreeWalk(repository, reader)) {
                walk.addTree(start);
                walk.setRecursive(false);
                boolean full = false;
                while (walk.next() && !full) {
                    String rel = walk.getPathString();
                    FileMode mode = walk.getFileMode(0);
                    if (mode == FileMode.TREE) {
                        String name = walk.getNameString();
                        if (DirectorySkillSource.SKIPPED_FOLDERS.contains(name)) {
                            continue;
                        }
                        if (name.equals("SKILL.md") || name.equals("skill.md")) {
                            problems.add(problem(displayPath, ProblemCode.UNREADABLE, rel, name + " is a folder, not a "
                                    + "file; a skill needs " + name + " as a Markdown file"));
                        }
                        if (walk.getDepth() + 1 > limits.maxDepth()) {
                            problems.add(problem(displayPath, ProblemCode.TOO_DEEP, rel, "folder is nested more than "
                                    + limits.maxDepth() + " levels deep; its files were not read"));
                            continue;
                        }
                        walk.enterSubtree();
                    } else if (mode == FileMode.SYMLINK) {
                        problems.add(problem(displayPath, ProblemCode.SYMLINK, rel, "symbolic link in the repository; "
                                + "it was not followed, commit the file itself instead"));
                    } else if (mode == FileMode.GITLINK) {
                        problems.add(problem(displayPath, ProblemCode.UNREADABLE, rel, "git submodule; its files are in "
                                + "another repository and were not read"));
                    } else if (files.size() >= limits.maxFiles()) {
                        problems.add(problem(displayPath, ProblemCode.TOO_MANY_FILES, rel, "more than "
                                + limits.maxFiles() + " files; the rest were not read"));
                        full = true;
                    } else {
                        ObjectId id = walk.getObjectId(0);
                        long size = reader.getObjectSize(id, Constants.OBJ_BLOB);
                        files.add(new SourceEntry(rel, size, mode == FileMode.EXECUTABLE_FILE));
                        blobs.put(rel, id);
                    }
                }
            }
        }
        // tree order sorts "a/b" after "a.md" differently from plain string order; sources list by path
        files.sort(java.util.Comparator.comparing(SourceEntry::path));
        return new GitTreeSkillSource(repository, displayPath, limits, new SourceListing(files, problems),
                Collections.unmodifiableMap(blobs));
    }

    @Override
    public String displayPath() {
        return displayPath;
    }

    /** Joins like the default, and after a {@code REV:} prefix without a slash ({@code HEAD:SKILL.md}). */
    @Override
    public String displayPathOf(String relativePath) {
        return displayPath.endsWith(":") ? displayPath + relativePath : SkillSource.super.displayPathOf(relativePath);
    }

    @Override
    public SourceListing list() {
        return listing;
    }

    @Override
    public byte[] read(SourceEntry entry) throws IOException {
        ObjectId id = blobs.get(entry.path());
        if (id == null) {
            throw new IOException("no such file at this revision: " + entry.path());
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
            if (loader.getSize() > limits.maxFileBytes()) {
                throw new IOException("file is " + loader.getSize() + " bytes; the limit is " + limits.maxFileBytes());
            }
            return loader.getCachedBytes((int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 8));
        } catch (LargeObjectException e) {
            throw new IOException("file is larger than the limit of " + limits.maxFileBytes() + " bytes", e);
        }
    }

    @Override
    public SourceLimits limits() {
        return limits;
    }

    /**
     * @param relativePath a listed file
     * @return the blob id of the file, to compare content without reading it
     */
    java.util.Optional<ObjectId> blobId(String relativePath) {
        return java.util.Optional.ofNullable(blobs.get(relativePath));
    }

    private static ParseProblem problem(String displayPath, ProblemCode code, String relativePath, String message) {
        String shown = relativePath.isEmpty() ? displayPath
                : displayPath.isEmpty() || displayPath.endsWith("/") || displayPath.endsWith(":")
                ? displayPath + relativePath : displayPath + "/" + relativePath;
        return new ParseProblem(code, message, SourceSpan.wholeFile(shown));
    }
}
