package dev.skillpack.core.source;

import dev.skillpack.core.model.Bytes;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A folder on disk. Listing never follows a symbolic link out of the root, follows a link to a folder
 * inside the root once (a loop back to a folder above it is reported), never enters the well-known bulky
 * folders ({@link #SKIPPED_FOLDERS}, and outside skills {@link #SKIPPED_OUTSIDE_SKILLS}) unless one is
 * itself a skill, prunes folders outside every skill
 * that the {@linkplain #withPrune prune filter} accepts, and applies the file count and byte total of
 * its {@link SourceLimits} to each skill on its own, so nothing beside a skill can hide it. Every skip
 * that could hide a skill's content becomes a {@link ParseProblem}.
 */
public final class DirectorySkillSource implements SkillSource {
    /**
     * Folders of version control, installed dependencies and virtual environments: never skill content,
     * and often huge. They are never entered (unless one itself holds a SKILL.md); outside a skill silently,
     * inside one with a problem, since a skill should not ship them.
     */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules",
            "bower_components", ".venv", "venv", ".tox", ".nox", ".gradle", ".terraform", "target");

    /**
     * Folders of build output and caches, skipped only outside skills: inside a skill their files are
     * listed like any other, so rules and the packager see them (and leave them out of archives).
     */
    public static final Set<String> SKIPPED_OUTSIDE_SKILLS = Set.of("__pycache__", ".mypy_cache", ".pytest_cache",
            ".ruff_cache", "build", "dist", ".next", ".nuxt", ".cache");

    private static final String NOT_REGULAR = "something that is not a regular file (a named pipe, socket or "
            + "device); it was not read";

    private final Path root;
    private final String displayPath;
    private final SourceLimits limits;
    private final Predicate<String> prune;

    /**
     * @param root the folder
     * @param displayPath how the root is shown in reports
     * @param limits the limits to apply
     */
    public DirectorySkillSource(Path root, String displayPath, SourceLimits limits) {
        this(root, displayPath, limits, path -> false);
    }

    private DirectorySkillSource(Path root, String displayPath, SourceLimits limits, Predicate<String> prune) {
        this.root = root.toAbsolutePath().normalize();
        this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.prune = Objects.requireNonNull(prune, "prune");
    }

    /**
     * @param root the folder; shown in reports as given, with forward slashes
     * @return a source with default limits
     */
    public static DirectorySkillSource of(Path root) {
        return new DirectorySkillSource(root, displayOf(root), SourceLimits.defaults());
    }

    /**
     * @param filter accepts folder paths relative to the root (an {@code ignore:} glob, say); a folder
     *        outside every skill that it accepts is not entered. Inside a skill nothing is pruned, so links
     *        to ignored files still resolve.
     * @return a source like this one that prunes with the filter
     */
    public DirectorySkillSource withPrune(Predicate<String> filter) {
        return new DirectorySkillSource(root, displayPath, limits, filter);
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
        walk.folder(realRoot, "", 0, new Budget("", false));
        files.sort(Comparator.comparing(SourceEntry::path));
        return new SourceListing(files, problems, List.copyOf(walk.unlisted));
    }

    /** What one skill (or everything outside skills) has used of the limits. */
    private static final class Budget {
        final String root;
        final boolean skill;
        int files;
        long bytes;
        boolean full;

        Budget(String root, boolean skill) {
            this.root = root;
            this.skill = skill;
        }
    }

    /**
     * One listing. Folder entries are visited in name order, so which files a limit cuts off is the same
     * on every file system.
     */
    private final class Walk {
        private final Path realRoot;
        private final List<SourceEntry> files;
        private final List<ParseProblem> problems;
        /** Real folders on the way down from the root, to spot a link that loops back up. */
        private final Set<Path> above = new HashSet<>();
        /** Real folders entered through a link, each followed once. */
        private final Set<Path> linked = new HashSet<>();
        /** What was seen but not listed in full (see {@link SourceListing#unlisted()}). */
        private final Set<String> unlisted = new TreeSet<>();
        private int visited;
        private boolean stopped;

        Walk(Path realRoot, List<SourceEntry> files, List<ParseProblem> problems) {
            this.realRoot = realRoot;
            this.files = files;
            this.problems = problems;
        }

        void folder(Path real, String rel, int depth, Budget outer) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(real)) {
                for (Path child : stream) {
                    children.add(child);
                }
            } catch (IOException | DirectoryIteratorException e) {
                unlisted.add(rel);
                problems.add(problem(ProblemCode.UNREADABLE, rel, "cannot list folder: "
                        + reason(e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e)));
                return;
            }
            children.sort(Comparator.comparing(p -> p.getFileName().toString()));
            Budget budget = holdsSkillFile(children) ? new Budget(rel, true) : outer;
            above.add(real);
            try {
                for (Path child : children) {
                    if (stopped || (budget.full && budget.skill)) {
                        return;
                    }
                    if (++visited > limits.maxEntries()) {
                        stopped = true;
                        unlisted.add("");
                        problems.add(problem(ProblemCode.TOO_MANY_FILES, "", "stopped after visiting "
                                + limits.maxEntries() + " files and folders; what follows " + join(rel, name(child))
                                + " was not read. Validate the folder that holds the skills, or add the bulky "
                                + "folders to ignore:"));
                        return;
                    }
                    entry(child, join(rel, name(child)), depth, budget);
                }
            } finally {
                above.remove(real);
            }
        }

        private void entry(Path child, String rel, int depth, Budget budget) {
            if (name(child).contains("\\")) {
                unlisted.add(rel);
                problems.add(problem(ProblemCode.UNREADABLE, rel, "name holds a backslash, which Windows and zip "
                        + "tools read as a folder separator; it was not read. Rename it without the backslash"));
                return;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                unlisted.add(rel);
                problems.add(problem(ProblemCode.UNREADABLE, rel, "cannot read: " + reason(e)));
                return;
            }
            if (attrs.isSymbolicLink()) {
                link(child, rel, depth, budget);
            } else if (attrs.isDirectory()) {
                subfolder(child, child, rel, depth, budget);
            } else if (attrs.isRegularFile()) {
                add(child, rel, attrs.size(), budget);
            } else {
                problems.add(problem(ProblemCode.UNREADABLE, rel, NOT_REGULAR));
            }
        }

        private void subfolder(Path shown, Path real, String rel, int depth, Budget budget) {
            String name = name(shown);
            if (name.equals("SKILL.md") || name.equals("skill.md")) {
                problems.add(problem(ProblemCode.UNREADABLE, rel, name + " is a folder, not a file; "
                        + "a skill needs " + name + " as a Markdown file"));
            }
            boolean bulky = SKIPPED_FOLDERS.contains(name) || (!budget.skill && SKIPPED_OUTSIDE_SKILLS.contains(name));
            if (bulky && !holdsSkillFile(real)) {
                unlisted.add(rel);
                if (budget.skill) {
                    problems.add(problem(ProblemCode.FOLDER_SKIPPED, rel, name + "/ is a folder of tool output or "
                            + "installed dependencies; it was not read. Leave it out of the skill"));
                }
                return;
            }
            if (!budget.skill && prune.test(rel)) {
                unlisted.add(rel);
                return;
            }
            if (depth + 1 > limits.maxDepth()) {
                unlisted.add(rel);
                problems.add(problem(ProblemCode.TOO_DEEP, rel, "folder is nested more than "
                        + limits.maxDepth() + " levels deep; its files were not read"));
                return;
            }
            folder(real, rel, depth + 1, budget);
        }

        private void link(Path link, String rel, int depth, Budget budget) {
            // whatever the link leads to, the listing below says nothing about it unless it is followed
            unlisted.add(rel);
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                problems.add(problem(ProblemCode.SYMLINK, rel, "broken symbolic link; remove it"));
                return;
            }
            boolean folder = Files.isDirectory(target);
            if (!target.startsWith(realRoot)) {
                problems.add(problem(ProblemCode.SYMLINK, rel, folder
                        ? "symbolic link to a folder outside the pack (" + target + "); it was not followed. Move "
                                + "the folder into the pack, or validate it on its own"
                        : "symbolic link points outside the folder (to " + target + "); it was not followed, copy "
                                + "the file in instead"));
            } else if (folder) {
                if (above.contains(target)) {
                    problems.add(problem(ProblemCode.SYMLINK, rel, "symbolic link loops back to a folder above it; "
                            + "it was not followed"));
                } else if (!linked.add(target)) {
                    problems.add(problem(ProblemCode.SYMLINK, rel, "symbolic link to a folder another link already "
                            + "leads to; it was not followed"));
                } else {
                    unlisted.remove(rel);
                    subfolder(link, target, rel, depth, budget);
                }
            } else if (!Files.isRegularFile(target)) {
                // reading a named pipe would block for ever
                problems.add(problem(ProblemCode.SYMLINK, rel, "symbolic link to " + NOT_REGULAR));
            } else {
                try {
                    // the link's own permissions are rwxrwxrwx; the target's bits count
                    unlisted.remove(rel);
                    add(target, rel, Files.size(target), budget);
                } catch (IOException e) {
                    problems.add(problem(ProblemCode.UNREADABLE, rel, "cannot read: " + reason(e)));
                }
            }
        }

        private void add(Path file, String rel, long size, Budget budget) {
            if (budget.full) {
                return;
            }
            if (budget.files >= limits.maxFiles()) {
                budget.full = true;
                unlisted.add(budget.root);
                problems.add(problem(ProblemCode.TOO_MANY_FILES, rel, budget.skill
                        ? "skill holds more than " + limits.maxFiles() + " files; this one and the rest were not read"
                        : "more than " + limits.maxFiles() + " files outside skills; the rest were not listed "
                                + "(skills below are still read)"));
                return;
            }
            if (budget.skill && budget.bytes + Math.min(size, limits.maxFileBytes()) > limits.maxSkillBytes()) {
                budget.full = true;
                unlisted.add(budget.root);
                problems.add(problem(ProblemCode.SKILL_TOO_LARGE, rel, "skill's files add up to more than "
                        + limits.maxSkillBytes() + " bytes; this one and the rest were not read"));
                return;
            }
            budget.files++;
            budget.bytes += Math.min(size, limits.maxFileBytes());
            files.add(new SourceEntry(rel, size, isExecutable(file)));
        }

        private boolean holdsSkillFile(List<Path> children) {
            for (Path child : children) {
                String name = name(child);
                if ((name.equals("SKILL.md") || name.equals("skill.md")) && Files.isRegularFile(child)) {
                    return true;
                }
            }
            return false;
        }

        private boolean holdsSkillFile(Path folder) {
            return Files.isRegularFile(folder.resolve("SKILL.md")) || Files.isRegularFile(folder.resolve("skill.md"));
        }
    }

    @Override
    public byte[] read(SourceEntry entry) throws IOException {
        return readContent(entry).toByteArray();
    }

    /** Reads the file into one array of its listed size, which the value keeps (no pieces, no copy). */
    @Override
    public Bytes readContent(SourceEntry entry) throws IOException {
        Path file = resolveInside(entry.path());
        if (entry.size() > limits.maxFileBytes()) {
            throw new IOException("file is " + entry.size() + " bytes; the limit is " + limits.maxFileBytes());
        }
        try (InputStream in = Files.newInputStream(file)) {
            Bytes bytes = Bytes.read(in, entry.size(), (int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length() > limits.maxFileBytes()) {
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
        // links inside the root may lead anywhere inside it; a file swapped for a link out since listing may not
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("symbolic link leaves the folder: " + relative);
        }
        return file;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    private static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
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
