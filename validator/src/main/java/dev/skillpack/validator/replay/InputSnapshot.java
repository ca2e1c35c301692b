package dev.skillpack.validator.replay;

import dev.skillpack.core.source.DirectorySkillSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What a {@code validate} run reads from the file system, written down as bytes: two snapshots are equal
 * only when the run would read the same inputs. It records, for every PATH,
 * <ul>
 *   <li>what the argument names (folder, SKILL.md, archive) and the folder's real path;</li>
 *   <li>the whole tree below it: every entry's name, type, permissions, owner, inode and device, and for
 *       files size, modification and change time. It is walked like {@link DirectorySkillSource} walks it
 *       or wider: the same bulky folders are left out (unless they hold a SKILL.md), but {@code ignore:}
 *       globs, depth and count limits are not applied; a symbolic link records its text and where it
 *       leads, and a link into a left-out folder makes the run not replayable;</li>
 *   <li>each folder from PATH up to the file system root: the {@code .skillpack.yaml} looked for there
 *       (present or absent), the Claude plugin manifests and {@code .*-plugin} folders target inference
 *       looks at, and git: a {@code .git} folder or file, or the folder itself as a bare repository, with
 *       the files that say what HEAD and the tags point at (HEAD, the branch it names, refs/tags/,
 *       packed-refs, reftable/, shallow, commondir, config, alternates). Git objects never change under a name, so
 *       these decide the release facts the history rules read;</li>
 *   <li>{@code --config} and {@code --baseline} files.</li>
 * </ul>
 * A file's content is represented by its status (size, times, inode), as git's index does: an edit, a
 * rename over it or a {@code chmod} changes its change time, which no program can set back. A file whose
 * change time is not safely before the run started is "racy" (it could change again within the same clock
 * tick without its status changing), and a racy snapshot is never stored.
 */
public final class InputSnapshot {
    private static final int TYPE_MASK = 0170000;
    private static final int DIRECTORY = 0040000;
    private static final int REGULAR = 0100000;
    private static final int LINK = 0120000;
    /** A walk past this many entries is too big to be worth a snapshot. */
    static final int MAX_ENTRIES = 500_000;
    private static final int MAX_SMALL_FILE = 64 * 1024;
    /** A top folder with this many entries is walked on two threads. */
    private static final int PARALLEL_MIN = 64;
    private static final Set<String> BULKY = union(DirectorySkillSource.SKIPPED_FOLDERS,
            DirectorySkillSource.SKIPPED_OUTSIDE_SKILLS);
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    private final byte[] bytes;
    private final boolean racy;
    private final boolean replayable;

    private InputSnapshot(byte[] bytes, boolean racy, boolean replayable) {
        this.bytes = bytes;
        this.racy = racy;
        this.replayable = replayable;
    }

    /**
     * @param cwd the working directory the arguments are relative to
     * @param request the command line
     * @param startedMillis when the run started (wall clock): files changed after it, or too shortly before
     *                      it for their time stamps to tell, make the snapshot racy
     * @return the snapshot
     */
    public static InputSnapshot take(Path cwd, ReplayRequest request, long startedMillis) {
        Recorder r = new Recorder(TimeUnit.MILLISECONDS.toNanos(startedMillis));
        try {
            for (String given : request.paths()) {
                r.argument(cwd, given);
            }
            if (request.configFile().isPresent()) {
                r.file("config", cwd, request.configFile().get());
            }
            if (request.baselineFile().isPresent()) {
                r.file("baseline", cwd, request.baselineFile().get());
            }
        } catch (InvalidPathException e) {
            r.replayable = false;
        }
        return new InputSnapshot(r.toByteArray(), r.racy, r.replayable && r.entries <= MAX_ENTRIES);
    }

    /**
     * @param stored a snapshot's {@link #bytes()}
     * @return whether this snapshot records the same inputs
     */
    public boolean matches(byte[] stored) {
        return replayable && Arrays.equals(bytes, stored);
    }

    /** @return the recorded inputs */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return whether an input changed too recently for its status to be trusted */
    public boolean racy() {
        return racy;
    }

    /** @return whether the inputs could all be recorded (false: a link into a skipped folder, too many files) */
    public boolean replayable() {
        return replayable;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The second half of a big top folder, walked on a helper thread (a class: no lambda to bootstrap). */
    private static final class Half implements Runnable {
        private final Recorder recorder;
        private final Path realRoot;
        private final List<String> names;
        private final boolean skill;
        private final Set<Path> above;

        Half(Recorder recorder, Path realRoot, List<String> names, boolean skill, Set<Path> above) {
            this.recorder = recorder;
            this.realRoot = realRoot;
            this.names = names;
            this.skill = skill;
            this.above = above;
        }

        @Override
        public void run() {
            try {
                recorder.entries(realRoot, realRoot, names, skill, above);
            } catch (RuntimeException e) {
                recorder.failure = e;
            }
        }
    }

    /** Writes the records; one per run of {@link #take}. */
    private static final class Recorder extends KeyWriter {
        final long startedNanos;
        boolean racy;
        boolean replayable = true;
        int entries;
        /** What went wrong on a helper thread; the snapshot is then not replayable. */
        RuntimeException failure;
        private final Set<List<Object>> gitDirs = new HashSet<>();

        Recorder(long startedNanos) {
            super(1 << 16);
            this.startedNanos = startedNanos;
        }

        void argument(Path cwd, String given) {
            Path path = cwd.resolve(given).toAbsolutePath().normalize();
            text("arg");
            text(path.toString());
            int mode = stat(path, FOLLOW);
            Path folder = path;
            if ((mode & TYPE_MASK) == REGULAR) {
                String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".skill") || name.endsWith(".zip") || name.endsWith(".jar")) {
                    ancestors(path.getParent());
                    return;
                }
                folder = path.getParent();
            } else if ((mode & TYPE_MASK) != DIRECTORY) {
                // missing or odd: the run ends in a usage error, which is not stored
                replayable = false;
                return;
            }
            ancestors(folder);
            Path real;
            try {
                real = folder.toRealPath();
            } catch (IOException e) {
                text("unreal");
                return;
            }
            text(real.toString());
            tree(real);
        }

        void file(String what, Path cwd, String given) {
            Path path = cwd.resolve(given).toAbsolutePath().normalize();
            text(what);
            text(path.toString());
            stat(path, FOLLOW);
        }

        /** Config discovery, target inference and git discovery all walk up from the folder. */
        void ancestors(Path folder) {
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                text("up");
                text(dir.toString());
                // a folder's status only by type: /tmp and home folders change all the time
                type(dir);
                stat(dir.resolve(".skillpack.yaml"), FOLLOW);
                Path plugin = dir.resolve(".claude-plugin");
                int manifest = stat(plugin.resolve("plugin.json"), NOFOLLOW) | stat(plugin.resolve("marketplace.json"), NOFOLLOW);
                if (manifest != 0) {
                    for (String name : names(dir)) {
                        if (name.startsWith(".") && name.endsWith("-plugin")) {
                            text(name);
                        }
                    }
                }
                Path dotGit = dir.resolve(".git");
                int git = stat(dotGit, FOLLOW) & TYPE_MASK;
                if (git == DIRECTORY) {
                    gitDir(dotGit, 0);
                } else if (git == REGULAR) {
                    String link = small(dotGit);
                    text(link);
                    if (link.startsWith("gitdir:")) {
                        resolveGitDir(dir, link.substring("gitdir:".length()).strip(), 0);
                    }
                }
                if ((stat(dir.resolve("HEAD"), FOLLOW) & TYPE_MASK) == REGULAR) {
                    gitDir(dir, 0);
                }
            }
        }

        private void resolveGitDir(Path base, String where, int depth) {
            resolveGitDir(base, where, depth, null);
        }

        private void resolveGitDir(Path base, String where, int depth, String headRef) {
            try {
                gitDir(base.resolve(where).toAbsolutePath().normalize(), depth, headRef);
            } catch (InvalidPathException e) {
                text("bad gitdir");
            }
        }

        private void gitDir(Path dir, int depth) {
            gitDir(dir, depth, null);
        }

        /**
         * What the history rules' release facts depend on: the commit HEAD names (HEAD, the branch it points
         * at, loose or packed) and the tags; the objects they name never change. Other branches do not count.
         *
         * @param headRef the branch a linked work tree's HEAD points at, looked up in its common folder
         */
        private void gitDir(Path dir, int depth, String headRef) {
            if (depth > 2 || !gitDirs.add(List.of(dir, headRef == null ? "" : headRef))) {
                return;
            }
            text("git");
            text(dir.toString());
            for (String name : List.of("HEAD", "config", "packed-refs", "shallow", "commondir", "gitdir",
                    "objects/info/alternates", "info/grafts")) {
                stat(dir.resolve(name), FOLLOW);
            }
            type(dir.resolve("objects"));
            String ref = null;
            if ((stat(dir.resolve("HEAD"), FOLLOW) & TYPE_MASK) == REGULAR) {
                String head = small(dir.resolve("HEAD")).strip();
                text(head);
                if (head.startsWith("ref:")) {
                    ref = head.substring("ref:".length()).strip();
                }
            }
            branch(dir, ref);
            branch(dir, headRef);
            walkAll(dir.resolve("refs").resolve("tags"));
            walkAll(dir.resolve("reftable"));
            if ((stat(dir.resolve("commondir"), FOLLOW) & TYPE_MASK) == REGULAR) {
                resolveGitDir(dir, small(dir.resolve("commondir")).strip(), depth + 1, ref);
            }
        }

        /** A loose branch file named by a HEAD (packed branches are in packed-refs). */
        private void branch(Path dir, String ref) {
            if (ref == null || !ref.startsWith("refs/") || ref.contains("..")) {
                return;
            }
            text(ref);
            try {
                stat(dir.resolve(ref), NOFOLLOW);
            } catch (InvalidPathException e) {
                text("bad ref");
            }
        }

        /** Every entry below a folder, links not followed. */
        private void walkAll(Path dir) {
            List<String> names = names(dir);
            number(names.size());
            for (String name : names) {
                Path child = dir.resolve(name);
                text(name);
                if (++entries > MAX_ENTRIES) {
                    replayable = false;
                    return;
                }
                if ((stat(child, NOFOLLOW) & TYPE_MASK) == DIRECTORY) {
                    walkAll(child);
                }
            }
        }

        private void tree(Path realRoot) {
            text("tree");
            List<String> names = names(realRoot);
            number(names.size());
            boolean skill = holdsSkillFile(realRoot, names);
            Set<Path> above = new HashSet<>();
            above.add(realRoot);
            if (names.size() < PARALLEL_MIN) {
                entries(realRoot, realRoot, names, skill, above);
                return;
            }
            // a big pack's walk is most of a replayed run: the second half of the top folder on another
            // thread, recorded apart and appended, so the bytes are the same as one thread's
            int half = names.size() / 2;
            Recorder second = new Recorder(startedNanos);
            Thread helper = new Thread(new Half(second, realRoot, names.subList(half, names.size()), skill,
                    new HashSet<>(above)), "skillpack-snapshot");
            helper.setDaemon(true);
            helper.start();
            entries(realRoot, realRoot, names.subList(0, half), skill, above);
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                replayable = false;
                return;
            }
            if (second.failure != null) {
                replayable = false;
                return;
            }
            append(second);
            racy |= second.racy;
            replayable &= second.replayable;
            entries += second.entries;
        }

        /**
         * Lists a folder as the source does, or wider. {@code above} holds the real folders on the way
         * down, so a link that loops back up is not followed (the source does not follow it either).
         */
        private void folder(Path realRoot, Path dir, boolean inSkill, Set<Path> above) {
            List<String> names = names(dir);
            number(names.size());
            // every entry's status first: whether the folder holds a skill decides how its subfolders are
            // walked, and a SKILL.md probe then costs no second stat
            int count = names.size();
            Path[] children = new Path[count];
            FileStatus[] statuses = new FileStatus[count];
            boolean skill = inSkill;
            for (int i = 0; i < count; i++) {
                String name = names.get(i);
                children[i] = dir.resolve(name);
                statuses[i] = FileStatus.read(children[i], NOFOLLOW);
                if (!skill && (name.equals("SKILL.md") || name.equals("skill.md"))) {
                    int type = statuses[i].mode & TYPE_MASK;
                    skill = statuses[i].error == null && (type == REGULAR
                            || type == LINK && Files.isRegularFile(children[i]));
                }
            }
            above.add(dir);
            try {
                for (int i = 0; i < count; i++) {
                    if (!replayable) {
                        return;
                    }
                    if (++entries > MAX_ENTRIES) {
                        replayable = false;
                        return;
                    }
                    text(names.get(i));
                    entry(realRoot, names.get(i), children[i], record(statuses[i]), skill, above);
                }
            } finally {
                above.remove(dir);
            }
        }

        private void entries(Path realRoot, Path dir, List<String> names, boolean skill, Set<Path> above) {
            for (String name : names) {
                if (!replayable) {
                    return;
                }
                if (++entries > MAX_ENTRIES) {
                    replayable = false;
                    return;
                }
                Path child = dir.resolve(name);
                text(name);
                entry(realRoot, name, child, stat(child, NOFOLLOW), skill, above);
            }
        }

        /** One entry whose name and status are written: a folder is walked, a link followed. */
        private void entry(Path realRoot, String name, Path child, int mode, boolean skill, Set<Path> above) {
            int type = mode & TYPE_MASK;
            if (type == DIRECTORY) {
                subfolder(realRoot, name, child, skill, above);
            } else if (type == LINK) {
                link(realRoot, name, child, skill, above);
            }
        }

        /** A folder entry (or a link to a folder) named {@code name}, read from {@code real}. */
        private void subfolder(Path realRoot, String name, Path real, boolean skill, Set<Path> above) {
            boolean bulky = DirectorySkillSource.SKIPPED_FOLDERS.contains(name)
                    || (!skill && DirectorySkillSource.SKIPPED_OUTSIDE_SKILLS.contains(name));
            if (bulky) {
                boolean holds = (stat(real.resolve("SKILL.md"), FOLLOW) & TYPE_MASK) == REGULAR
                        | (stat(real.resolve("skill.md"), FOLLOW) & TYPE_MASK) == REGULAR;
                if (!holds) {
                    return;
                }
            }
            folder(realRoot, real, skill, above);
        }

        private boolean holdsSkillFile(Path dir, List<String> names) {
            for (String name : names) {
                if ((name.equals("SKILL.md") || name.equals("skill.md")) && Files.isRegularFile(dir.resolve(name))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A link records its text and where it leads. The source follows a link to a folder inside the root
         * (once per folder; here every time, which records as much or more) and reads a file inside the root
         * through it; what lies outside is only named.
         */
        private void link(Path realRoot, String name, Path link, boolean skill, Set<Path> above) {
            try {
                text(Files.readSymbolicLink(link).toString());
            } catch (IOException | UnsupportedOperationException e) {
                text("unreadable link");
            }
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                text("broken");
                return;
            }
            text(target.toString());
            int type = stat(target, FOLLOW) & TYPE_MASK;
            if (!target.startsWith(realRoot)) {
                return;
            }
            if (type == DIRECTORY) {
                if (above.contains(target)) {
                    text("loop");
                } else {
                    subfolder(realRoot, name, target, skill, above);
                }
                return;
            }
            // a file read through the link: the walk records it where it lies, unless that is a left-out folder
            for (Path part : realRoot.relativize(target)) {
                if (BULKY.contains(part.toString())) {
                    replayable = false;
                    return;
                }
            }
        }

        /**
         * A folder's entry names, sorted; {@code java.io.File#list} rather than a directory stream, which
         * makes a path object per entry and two more system calls per folder.
         */
        private List<String> names(Path dir) {
            String[] names;
            try {
                names = dir.toFile().list();
            } catch (SecurityException e) {
                names = null;
            }
            if (names == null) {
                text(Files.exists(dir) ? "unlistable" : "absent");
                return List.of();
            }
            Arrays.sort(names);
            return Arrays.asList(names);
        }

        /** Records only whether a path is a folder, a file, something else or nothing. */
        private void type(Path path) {
            number(Files.isDirectory(path) ? 1 : Files.isRegularFile(path) ? 2 : Files.exists(path) ? 3 : 0);
        }

        /** Records a path's status; returns its mode, 0 when it is missing or unreadable. */
        int stat(Path path, LinkOption[] options) {
            return record(FileStatus.read(path, options));
        }

        /** Records a status read before; returns its mode, 0 when it is missing or unreadable. */
        int record(FileStatus s) {
            if (s.error != null) {
                if (s.error.isEmpty()) {
                    number(-1);
                } else {
                    number(-2);
                    text(s.error);
                }
                return 0;
            }
            int mode = s.mode;
            number(mode);
            number(s.ino);
            number(s.dev);
            number(s.uid);
            number(s.gid);
            long changed = s.changed;
            if ((mode & TYPE_MASK) != DIRECTORY) {
                // a folder's times change with every temporary file made in it; its entries are listed instead
                number(s.size);
                number(s.modified);
                number(changed);
            }
            // time stamps move in clock ticks (a few ms); file systems without sub-second times in seconds
            long tick = changed % 1_000_000 == 0 ? 2_100_000_000L : 100_000_000L;
            if (changed >= startedNanos - tick) {
                racy = true;
            }
            return mode;
        }

        /** The first bytes of a small file (a .git file, commondir). */
        private String small(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return new String(in.readNBytes(MAX_SMALL_FILE), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "unreadable";
            }
        }
    }
}
