package dev.skillpack.core.pack;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.source.ArchiveLimits;
import dev.skillpack.core.source.ArchiveSkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Unpacks a {@code .skill}, {@code .zip} or jar into a new folder, all or nothing. The archive is read
 * and every entry checked first ({@link ArchiveSkillSource}: names, links, duplicates, sizes, ratio); a
 * single refused entry refuses the whole archive and nothing is written. A clean archive is written into
 * a fresh temporary folder beside the target, each path checked to stay inside it, then moved to the
 * target in one step, so a failure part way leaves no partial output and nothing lands outside the target.
 */
public final class SafeUnpacker {
    private final ArchiveLimits limits;

    /** @param limits caps on entries and inflated bytes */
    public SafeUnpacker(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** @return an unpacker with default limits */
    public static SafeUnpacker withDefaults() {
        return new SafeUnpacker(ArchiveLimits.defaults());
    }

    /**
     * What an unpack wrote.
     *
     * @param target the folder written
     * @param files the number of files written
     */
    public record Unpacked(Path target, int files) {
    }

    /** An archive that was refused, or a target that could not be written; nothing was left behind. */
    public static final class UnpackException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<ParseProblem> problems;

        UnpackException(String message, List<ParseProblem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        /** @return the archive's problems, empty when the target was the trouble */
        public List<ParseProblem> problems() {
            return problems;
        }
    }

    /**
     * @param archive the archive
     * @param displayPath how the archive is shown in messages
     * @param target a folder that does not exist yet, or is empty
     * @return what was written
     * @throws UnpackException when the archive is refused or the target cannot be written
     */
    public Unpacked unpack(Path archive, String displayPath, Path target) throws UnpackException {
        ArchiveSkillSource source = ArchiveSkillSource.open(archive, displayPath, limits, SourceLimits.defaults());
        if (!source.problems().isEmpty()) {
            int n = source.problems().size();
            throw new UnpackException("refused " + displayPath + ": " + n + " problem" + (n == 1 ? "" : "s")
                    + " found; nothing was written", source.problems());
        }
        Path dest = target.toAbsolutePath().normalize();
        Path parent = dest.getParent();
        if (parent == null) {
            throw new UnpackException("cannot unpack into the file system root", List.of());
        }
        if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS) || !isEmpty(dest)) {
                throw new UnpackException(dest.getFileName() + " already exists and is not an empty folder; "
                        + "choose a new folder", List.of());
            }
        }
        Path temp;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, ".skillpack-unpack-");
        } catch (IOException e) {
            throw new UnpackException("cannot create a folder beside " + dest.getFileName() + ": " + reason(e),
                    List.of());
        }
        Map<String, byte[]> files = source.files();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = temp.resolve(e.getKey()).normalize();
                if (!file.startsWith(temp) || file.equals(temp)) {
                    throw new UnpackException("refused " + displayPath + ": an entry leaves the target folder; "
                            + "nothing was written", List.of());
                }
                Files.createDirectories(file.getParent());
                if (!file.getParent().toRealPath().startsWith(temp.toRealPath())) {
                    throw new UnpackException("refused " + displayPath + ": an entry leaves the target folder; "
                            + "nothing was written", List.of());
                }
                Files.write(file, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (source.executable(e.getKey())) {
                    makeExecutable(file);
                }
            }
            if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(dest);
            }
            try {
                Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dest);
            }
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
            throw new UnpackException(dest.getFileName() + " appeared while unpacking; nothing was written",
                    List.of());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UnpackException("cannot write " + dest.getFileName() + ": " + reason(e)
                    + "; nothing was left behind", List.of());
        } catch (UnpackException e) {
            deleteQuietly(temp);
            throw e;
        }
        return new Unpacked(dest, files.size());
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void makeExecutable(Path file) {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions keeps the file as written
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the folder is hidden (.skillpack-unpack-…) and holds only this archive's files
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        String message = e.getMessage();
        return message == null ? "input/output error" : message;
    }
}
