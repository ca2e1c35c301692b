package dev.skillpack.core.pack;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The one folder packaging writes into (a build's {@code target/}). Every write names a path relative to
 * it; a path that is absolute, holds {@code ..}, {@code .}, an empty segment, a backslash, a drive letter or a
 * control character, or that reaches through a symbolic link, is refused before anything is written.
 * Thread-safe.
 */
public final class PackTarget {
    private final Path root;

    private PackTarget(Path root) {
        this.root = root;
    }

    /**
     * @param folder the target folder; created when missing
     * @return a target writing only below that folder
     * @throws PackException when the folder cannot be created or is not a folder
     */
    public static PackTarget of(Path folder) throws PackException {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            return new PackTarget(absolute.toRealPath());
        } catch (FileAlreadyExistsException e) {
            throw new PackException(absolute.toString(), "is a file, not a folder; give a folder to write into");
        } catch (IOException e) {
            throw new PackException(absolute.toString(), "cannot create the output folder (" + reason(e) + ")", e);
        }
    }

    /** @return the target folder, absolute and real */
    public Path root() {
        return root;
    }

    /**
     * @param relativePath a path below the target, forward slashes
     * @return the absolute path it names, checked to stay inside the target
     * @throws PackException when the path would leave the target or passes through a symbolic link
     */
    public Path resolve(String relativePath) throws PackException {
        Objects.requireNonNull(relativePath, "relativePath");
        String shown = relativePath.replaceAll("\\p{Cntrl}", "?");
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.matches("[A-Za-z]:.*") || !shown.equals(relativePath)) {
            throw new PackException(shown, "output path must be relative to " + root
                    + ", with forward slashes and no drive letter or control character");
        }
        Path path = root;
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new PackException(shown, "output path must not hold '.', '..' or an empty segment; "
                        + "it would leave " + root);
            }
            path = path.resolve(segment);
            if (Files.isSymbolicLink(path)) {
                throw new PackException(shown, "output path passes through a symbolic link (" + path
                        + "); remove the link, packaging never writes through one");
            }
        }
        if (!path.normalize().startsWith(root)) {
            throw new PackException(shown, "output path leaves " + root);
        }
        return path;
    }

    /**
     * Writes a file, creating the folders above it, replacing a file already there.
     *
     * @param relativePath where, below the target
     * @param bytes what
     * @return the file written
     * @throws PackException when the path is refused or the write fails
     */
    public Path write(String relativePath, byte[] bytes) throws PackException {
        Path file = resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            // re-check after creating folders: a link made meanwhile must not be followed
            resolve(relativePath);
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new PackException(relativePath, "a folder is in the way of the file to write; remove it");
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            return file;
        } catch (IOException e) {
            throw new PackException(relativePath, "cannot write (" + reason(e) + ")", e);
        }
    }

    /**
     * Deletes a file or folder tree below the target, never following a symbolic link (a link is deleted,
     * not what it points to). Nothing there is fine.
     *
     * @param relativePath what, below the target
     * @throws PackException when the path is refused or a delete fails
     */
    public void deleteTree(String relativePath) throws PackException {
        Path start = resolve(relativePath);
        if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(start, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException failure)
                        throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new PackException(relativePath, "cannot delete the old output (" + reason(e) + ")", e);
        }
    }

    private static String reason(IOException e) {
        return dev.skillpack.core.text.IoReason.of(e);
    }
}
