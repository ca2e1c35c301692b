package dev.skillpack.validator.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks path arguments once, so every command reports a bad path the same way. */
final class Paths {
    private Paths() {
    }

    /**
     * A folder to read.
     *
     * @param folder absolute folder (for an archive, the folder holding it: config and target are found from there)
     * @param display how reports show it
     * @param archive the archive to read instead of the folder, if one was given
     */
    record Folder(Path folder, String display, Optional<Path> archive) {
        Folder(Path folder, String display) {
            this(folder, display, Optional.empty());
        }
    }

    /**
     * @param name a file name
     * @return whether it names a zip archive skillpack reads: .skill, .zip or .jar
     */
    static boolean isArchive(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".skill") || lower.endsWith(".zip") || lower.endsWith(".jar");
    }

    /**
     * @param env the environment
     * @param given the argument as typed
     * @return like {@link #folder}, but a .skill, .zip or .jar file is accepted as an archive to read
     */
    static Folder folderOrArchive(CliEnvironment env, String given) {
        Path path = env.resolve(given);
        if (Files.isRegularFile(path) && isArchive(path.getFileName().toString())) {
            if (!Files.isReadable(path)) {
                throw new UsageException("cannot read " + given + ": permission denied");
            }
            return new Folder(path.getParent(), env.display(path), Optional.of(path));
        }
        return folder(env, given);
    }

    /**
     * @param env the environment
     * @param given the argument as typed
     * @return the folder to read: the argument, or the folder of a SKILL.md given as a file
     * @throws UsageException when the path is missing, a file other than SKILL.md, or unreadable
     */
    static Folder folder(CliEnvironment env, String given) {
        Path path = env.resolve(given);
        if (!Files.exists(path)) {
            throw new UsageException("no such file or folder: " + given);
        }
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            if (isArchive(name)) {
                throw new UsageException(given + " is an archive; 'skillpack validate " + given
                        + "' reads it, 'skillpack unpack " + given + " --to DIR' unpacks it");
            }
            if (!name.equalsIgnoreCase("SKILL.md")) {
                throw new UsageException(given + " is a file; give a skill folder, a folder of skills, or a SKILL.md");
            }
            path = path.getParent();
        }
        if (!Files.isDirectory(path)) {
            throw new UsageException(given + " is neither a folder nor a file");
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
            listing.iterator().hasNext();
        } catch (DirectoryIteratorException e) {
            // the folder opened but reading its entries failed (e.g. /proc/1/map_files in a container)
            throw new UsageException("cannot read folder " + given + ": " + reason(e.getCause()));
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot read folder " + given + ": " + reason(e));
        }
        return new Folder(path, env.display(path));
    }

    /**
     * @param env the environment
     * @param given a file argument as typed
     * @return the absolute path of a readable regular file
     * @throws UsageException when it is missing, a folder, or unreadable
     */
    static Path readableFile(CliEnvironment env, String given) {
        Path path = env.resolve(given);
        if (!Files.exists(path)) {
            throw new UsageException("no such file: " + given);
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(given + " is not a file");
        }
        if (!Files.isReadable(path)) {
            throw new UsageException("cannot read " + given + ": permission denied");
        }
        return path;
    }

    static String reason(Exception e) {
        return dev.skillpack.core.text.IoReason.of(e);
    }
}
