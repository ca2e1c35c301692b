package dev.skillpack.validator.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code validate --watch}: waits for files under the validated folders to change, works out which skill
 * each change belongs to, and asks for those skills to be validated again (all skills when a change
 * touches no skill, such as {@code .skillpack.yaml}, or adds or removes one). Changes that arrive close
 * together are handled as one. On a terminal the screen is cleared and the report redrawn; elsewhere each
 * round is a plain line followed by the report. Runs until the thread is interrupted.
 */
final class Watcher {
    /** Changes closer together than this are one round. */
    static final long QUIET_MILLIS = 250;
    private static final String CLEAR = "\u001b[H\u001b[2J";
    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target", ".venv", "venv",
            "__pycache__");

    private final CliEnvironment env;
    private final Set<Path> roots;
    private final Function<Set<Path>, String> revalidate;

    /**
     * @param env where to print
     * @param roots the folders being validated
     * @param revalidate validates the given skill folders again (every skill when the set is empty) and
     *                   returns the report to print
     */
    Watcher(CliEnvironment env, Set<Path> roots, Function<Set<Path>, String> revalidate) {
        this.env = env;
        this.roots = Set.copyOf(roots);
        this.revalidate = revalidate;
    }

    /**
     * Watches until interrupted.
     *
     * @param firstReport the report of the first, full validation
     * @return the exit code: {@link ExitCodes#OK} when stopped
     */
    int run(String firstReport) {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> keys = new HashMap<>();
            for (Path root : roots) {
                register(service, root, keys);
            }
            show(firstReport, "watching " + roots.size() + (roots.size() == 1 ? " folder" : " folders")
                    + " for changes; press Ctrl-C to stop");
            while (!Thread.currentThread().isInterrupted()) {
                Round round = new Round();
                WatchKey key = service.take();
                collect(service, key, keys, round);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(service, more, keys, round);
                }
                Set<Path> changed = round.changed;
                if (changed.isEmpty()) {
                    continue;
                }
                Set<Path> skills = new LinkedHashSet<>();
                boolean all = round.skillsAddedOrRemoved;
                for (Path file : changed) {
                    Path skill = skillOf(file);
                    if (skill == null) {
                        all = true;
                    } else {
                        skills.add(skill);
                    }
                }
                Set<Path> wanted = all ? Set.of() : skills;
                String report = revalidate.apply(wanted);
                show(report, "changed: " + String.join(", ", changed.stream().map(env::display).sorted().toList())
                        + (all ? "; validated every skill again" : "; validated " + String.join(", ",
                        skills.stream().map(env::display).sorted().toList()) + " again"));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UsageException("cannot watch for changes: " + Paths.reason(e));
        }
        return ExitCodes.OK;
    }

    private void show(String report, String status) {
        if (env.terminal()) {
            env.out().print(CLEAR);
        }
        env.out().print(report);
        env.out().println("[watch] " + status);
        env.out().flush();
    }

    /** What one round of changes touched. */
    private static final class Round {
        private final Set<Path> changed = new LinkedHashSet<>();
        private boolean skillsAddedOrRemoved;
    }

    private void collect(WatchService service, WatchKey key, Map<WatchKey, Path> keys, Round round)
            throws IOException {
        Path folder = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                round.changed.addAll(roots);
                round.skillsAddedOrRemoved = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (SKIPPED.contains(path.getFileName().toString())) {
                continue;
            }
            round.changed.add(path);
            boolean createdOrDeleted = event.kind() != StandardWatchEventKinds.ENTRY_MODIFY;
            boolean isFolder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            if (createdOrDeleted && (isSkillFile(path) || isFolder || event.kind() == StandardWatchEventKinds.ENTRY_DELETE
                    && keys.containsValue(path))) {
                round.skillsAddedOrRemoved = true;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && isFolder) {
                register(service, path, keys);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** Registers a folder and every folder below it, never following a link and skipping bulky folders. */
    private static void register(WatchService service, Path top, Map<WatchKey, Path> keys) throws IOException {
        Deque<Path> todo = new ArrayDeque<>();
        todo.push(top);
        while (!todo.isEmpty()) {
            Path folder = todo.pop();
            keys.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
                for (Path child : children) {
                    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
                            && !SKIPPED.contains(child.getFileName().toString())) {
                        todo.push(child);
                    }
                }
            }
        }
    }

    /** The nearest folder at or above the file's folder that holds a SKILL.md, inside a root; else null. */
    private Path skillOf(Path file) {
        for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("SKILL.md")) || Files.isRegularFile(folder.resolve("skill.md"))) {
                Path inside = folder;
                return roots.stream().anyMatch(inside::startsWith) ? folder : null;
            }
            if (roots.contains(folder)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isSkillFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals("SKILL.md") || name.equals("skill.md");
    }
}
