package dev.skillpack.core.source;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A folder on disk. Listing never follows a symbolic link out of the root, never enters a symbolic
 * link to a folder, skips {@code .git}, {@code node_modules} and {@code target}, and stops at the
 * configured file count and depth; every skip becomes a {@link ParseProblem}.
 */
public final class DirectorySkillSource implements SkillSource {
    /** Folders that never hold skill content. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target");

    private static final String NOT_REGULAR = "something that is not a regular file (a named pipe, socket or "
            + "device); it was not read";

    private final Path root;
    private final String displayPath;
    private final SourceLimits limits;

    /**
     * @param root the folder
     * @param displayPath how the root is shown in reports
     * @param limits the limits to apply
     */
    public DirectorySkillSource(Path root, String displayPath, SourceLimits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.displayPath = displayPath;
        this.limits = limits;
    }

    /**
     * @param root the folder; shown in reports as given, with forward slashes
     * @return a source with default limits
     */
    public static DirectorySkillSource of(Path root) {
        return new DirectorySkillSource(root, displayOf(root), SourceLimits.defaults());
    }

    /**
     * @param path a path as a user gave it
     * @return the path with forward slashes and no trailing slash, "." for the empty path
     */
    public static String displayOf(Path path) {
        String shown = path.normalize().toString().replace('\\', '/');
        while (shown.length() > 1 && shown.endsWith("/")) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.isEmpty() ? "." : shown;
    }

    /** @return the absolute, normalised root folder */
    public Path root() {
        return root;
    }

    @Override
    public String displayPath() {
        return displayPath;
    }

    @Override
    public SourceLimits limits() {
        return limits;
    }

    @Override
    public SourceListing list() {
        List<SourceEntry> files = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(problem(ProblemCode.UNREADABLE, "", "cannot read folder: " + reason(e)));
            return new SourceListing(files, problems);
        }
        if (!Files.isDirectory(realRoot)) {
            problems.add(problem(ProblemCode.UNREADABLE, "", "not a folder; give the folder that holds "
                    + "SKILL.md (or a folder of skills)"));
            return new SourceListing(files, problems);
        }
        // walk the real folder: a root that is itself a symbolic link (a common way to share a skills
        // folder) would otherwise be seen as a link, not entered
        Walk walk = new Walk(realRoot, files, problems);
        walk.folder(realRoot, 0);
        files.sort(Comparator.comparing(SourceEntry::path));
        return new SourceListing(files, problems);
    }

    /**
     * One listing. Folder entries are visited in name order, so which files a limit cuts off is the same
     * on every file system.
     */
    private final class Walk {
        private final Path realRoot;
        private final List<SourceEntry> files;
        private final List<ParseProblem> problems;
        private boolean full;

        Walk(Path realRoot, List<SourceEntry> files, List<ParseProblem> problems) {
            this.realRoot = realRoot;
            this.files = files;
            this.problems = problems;
        }

        void folder(Path folder, int depth) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(children::add);
            } catch (IOException | DirectoryIteratorException e) {
                problems.add(problem(ProblemCode.UNREADABLE, relative(realRoot, folder), "cannot list folder: "
                        + reason(e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e)));
                return;
            }
            children.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path child : children) {
                if (full) {
                    return;
                }
                String rel = relative(realRoot, child);
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    problems.add(problem(ProblemCode.UNREADABLE, rel, "cannot read: " + reason(e)));
                    continue;
                }
                if (attrs.isSymbolicLink()) {
                    link(child, rel);
                } else if (attrs.isDirectory()) {
                    String name = child.getFileName().toString();
                    if (SKIPPED_FOLDERS.contains(name)) {
                        continue;
                    }
                    if (name.equals("SKILL.md") || name.equals("skill.md")) {
                        problems.add(problem(ProblemCode.UNREADABLE, rel, name + " is a folder, not a file; "
                                + "a skill needs " + name + " as a Markdown file"));
                    }
                    if (depth + 1 > limits.maxDepth()) {
                        problems.add(problem(ProblemCode.TOO_DEEP, rel, "folder is nested more than "
                                + limits.maxDepth() + " levels deep; its files were not read"));
                        continue;
                    }
                    folder(child, depth + 1);
                } else if (attrs.isRegularFile()) {
                    add(child, rel, attrs.size());
                } else {
                    problems.add(problem(ProblemCode.UNREADABLE, rel, NOT_REGULAR));
                }
            }
        }

        private void link(Path file, String rel) {
            try {
                Path target = file.toRealPath();
                if (!target.startsWith(realRoot)) {
                    problems.add(problem(ProblemCode.SYMLINK, rel, "symbolic link points outside the folder ("
                            + "to " + target + "); it was not followed, copy the file in instead"));
                } else if (Files.isDirectory(target)) {
                    problems.add(problem(ProblemCode.SYMLINK, rel,
                            "symbolic link to a folder; it was not followed, move the folder here instead"));
                } else if (!Files.isRegularFile(target)) {
                    // reading a named pipe would block for ever
                    problems.add(problem(ProblemCode.SYMLINK, rel, "symbolic link to " + NOT_REGULAR));
                } else {
                    // the link's own permissions are rwxrwxrwx; the target's bits count
                    add(target, rel, Files.size(target));
                }
            } catch (IOException e) {
                problems.add(problem(ProblemCode.SYMLINK, rel, "broken symbolic link; remove it"));
            }
        }

        private void add(Path file, String rel, long size) {
            if (files.size() >= limits.maxFiles()) {
                problems.add(problem(ProblemCode.TOO_MANY_FILES, rel, "more than " + limits.maxFiles()
                        + " files; the rest were not read"));
                full = true;
                return;
            }
            files.add(new SourceEntry(rel, size, isExecutable(file)));
        }
    }

    @Override
    public byte[] read(SourceEntry entry) throws IOException {
        Path file = resolveInside(entry.path());
        if (entry.size() > limits.maxFileBytes()) {
            throw new IOException("file is " + entry.size() + " bytes; the limit is " + limits.maxFileBytes());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limits.maxFileBytes()) {
                throw new IOException("file grew past the limit of " + limits.maxFileBytes() + " bytes while reading");
            }
            return bytes;
        }
    }

    private Path resolveInside(String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("path leaves the folder: " + relative);
        }
        if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("symbolic link leaves the folder: " + relative);
        }
        return file;
    }

    private static String relative(Path base, Path path) {
        return base.relativize(path).toString().replace('\\', '/');
    }

    private ParseProblem problem(ProblemCode code, String relativePath, String message) {
        return new ParseProblem(code, message, SourceSpan.wholeFile(displayPathOf(relativePath)));
    }

    private static boolean isExecutable(Path file) {
        try {
            return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).stream()
                    .anyMatch(p -> p.name().endsWith("_EXECUTE"));
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        return dev.skillpack.core.text.IoReason.of(e);
    }
}
