package dev.skillpack.core.history;

import dev.skillpack.core.model.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers the common case of the history rules without opening the repository: a folder in no repository,
 * or in a repository with no tags at all, has release facts that need no history walk. Reading git's own
 * files (the {@code .git} folder or file found walking up, as JGit's discovery does; HEAD; the branch
 * file or {@code packed-refs}; {@code refs/tags}) costs a few file reads where starting JGit costs a tenth
 * of a second. Anything out of the ordinary (a tag, a bare repository, a reftable, a {@code core.worktree},
 * a symbolic branch, an unreadable file) is "unknown", and the caller asks JGit.
 */
public final class TaglessProbe {
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
    private static final int MAX_SMALL_FILE = 64 * 1024;
    private static final long MAX_PACKED_REFS = 16L << 20;

    /**
     * What the probe found.
     *
     * @param repository whether the folder is in a (non-bare) repository
     * @param hasCommits whether HEAD names a commit; false outside a repository
     */
    public record Tagless(boolean repository, boolean hasCommits) {
    }

    private TaglessProbe() {
    }

    /**
     * @param folder a folder of the work tree, absolute
     * @return what holds for it, when it is outside every repository or in one without a single tag; empty
     *         when only JGit can tell
     */
    public static Optional<Tagless> probe(Path folder) {
        try {
            for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return repository(dotGit, dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String link = small(dotGit).strip();
                    if (!link.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    Path gitDir = dir.resolve(link.substring("gitdir:".length()).strip()).normalize();
                    Path commonDir = gitDir;
                    Path commonFile = gitDir.resolve("commondir");
                    if (Files.isRegularFile(commonFile)) {
                        commonDir = gitDir.resolve(small(commonFile).strip()).normalize();
                    }
                    return repository(gitDir, commonDir);
                }
                if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS) || Files.exists(dir.resolve("HEAD"))) {
                    // something odd named .git, or perhaps a bare repository: JGit decides
                    return Optional.empty();
                }
            }
            return Optional.of(new Tagless(false, false));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * @param skill a skill of a repository without tags
     * @param checked what was checked, e.g. {@code working tree}
     * @return its release facts: no release, nothing tagged
     */
    public static ReleaseFacts untagged(Skill skill, String checked) {
        String name = skill.name().filter(n -> !n.isBlank()).orElse(skill.folderName());
        return new ReleaseFacts(name, checked, Optional.empty(), false, Optional.empty(), List.of());
    }

    private static Optional<Tagless> repository(Path gitDir, Path commonDir) throws IOException {
        if (!Files.isDirectory(gitDir) || !Files.isDirectory(commonDir) || !Files.isDirectory(commonDir.resolve("objects"))
                || !Files.isDirectory(commonDir.resolve("refs"))
                || Files.exists(commonDir.resolve("reftable")) || Files.exists(gitDir.resolve("reftable"))) {
            return Optional.empty();
        }
        Path config = commonDir.resolve("config");
        if (Files.isRegularFile(config)) {
            String text = small(config).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("worktree") || text.contains("bare = true") || text.contains("refstorage")
                    || text.contains("[extensions]")) {
                return Optional.empty();
            }
        }
        if (hasEntries(commonDir.resolve("refs").resolve("tags")) || hasEntries(gitDir.resolve("refs").resolve("tags"))) {
            return Optional.empty();
        }
        Path packed = commonDir.resolve("packed-refs");
        String packedRefs = "";
        if (Files.exists(packed)) {
            if (!Files.isRegularFile(packed) || Files.size(packed) > MAX_PACKED_REFS) {
                return Optional.empty();
            }
            packedRefs = Files.readString(packed, StandardCharsets.UTF_8);
            if (packedRefs.contains("refs/tags/")) {
                return Optional.empty();
            }
        }
        Path headFile = gitDir.resolve("HEAD");
        if (!Files.isRegularFile(headFile)) {
            return Optional.empty();
        }
        String head = small(headFile).strip();
        if (OBJECT_ID.matcher(head).matches()) {
            return Optional.of(new Tagless(true, true));
        }
        if (!head.startsWith("ref:")) {
            return Optional.empty();
        }
        String branch = head.substring("ref:".length()).strip();
        if (!branch.startsWith("refs/heads/") || branch.contains("..") || branch.contains("\\")) {
            return Optional.empty();
        }
        for (Path dir : List.of(gitDir, commonDir)) {
            Path loose = dir.resolve(branch);
            if (Files.isRegularFile(loose)) {
                return OBJECT_ID.matcher(small(loose).strip()).matches() ? Optional.of(new Tagless(true, true))
                        : Optional.empty();
            }
        }
        for (String line : packedRefs.split("\n")) {
            String entry = line.strip();
            if (entry.length() > 41 && entry.endsWith(" " + branch)
                    && OBJECT_ID.matcher(entry.substring(0, entry.indexOf(' '))).matches()) {
                return Optional.of(new Tagless(true, true));
            }
        }
        // HEAD names a branch without a commit yet
        return Optional.of(new Tagless(true, false));
    }

    private static boolean hasEntries(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return entries.iterator().hasNext();
        }
    }

    private static String small(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_SMALL_FILE), StandardCharsets.UTF_8);
        }
    }
}
