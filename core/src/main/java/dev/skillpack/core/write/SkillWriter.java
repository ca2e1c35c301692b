package dev.skillpack.core.write;

import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a skill's files to a folder exactly as they were read or built: the same bytes (byte-order
 * mark and line breaks included) and executable bits, so parsing the folder gives the same skill.
 * Never writes outside the target folder and never writes through a symbolic link. Files already in
 * the folder that the skill does not hold are left alone.
 */
public final class SkillWriter {
    private static final Set<PosixFilePermission> EXECUTE = EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    private SkillWriter() {
    }

    /**
     * Writes every file of the skill into {@code targetFolder} (which becomes the skill's folder).
     * All paths and contents are checked before the first byte is written.
     *
     * @param skill a parsed or built skill
     * @param targetFolder the skill's folder; created when missing
     * @return the files written, in the skill's path order
     * @throws IOException when a file cannot be written, a path would leave the target folder, a
     *         symbolic link is in the way, or a file's content was not read (too large, unreadable)
     */
    public static List<Path> write(Skill skill, Path targetFolder) throws IOException {
        Path target = targetFolder.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>();
        for (Resource resource : skill.resources()) {
            if (resource.content().isEmpty()) {
                throw new IOException("cannot write " + resource.path() + ": its content was not read");
            }
            paths.add(inside(target, resource.relativePath()));
        }
        Files.createDirectories(target);
        for (int i = 0; i < paths.size(); i++) {
            Resource resource = skill.resources().get(i);
            write(target, paths.get(i), resource.content().orElseThrow(), resource.executable());
        }
        return List.copyOf(paths);
    }

    /**
     * @param text a file's text
     * @param byteOrderMark whether to start with a UTF-8 byte-order mark
     * @return the bytes of the file: UTF-8, with the mark when asked
     */
    public static byte[] encode(String text, boolean byteOrderMark) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (!byteOrderMark) {
            return utf8;
        }
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    private static Path inside(Path target, String relativePath) throws IOException {
        if (relativePath.isEmpty() || relativePath.contains("\\") || relativePath.startsWith("/")) {
            throw new IOException("refusing to write '" + relativePath + "': not a relative path with forward slashes");
        }
        Path file = target.resolve(relativePath).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            throw new IOException("refusing to write '" + relativePath + "': it leaves " + target);
        }
        return file;
    }

    private static void write(Path target, Path file, Bytes content, boolean executable) throws IOException {
        Path folder = target;
        for (Path part : target.relativize(file.getParent() == null ? target : file.getParent())) {
            if (part.toString().isEmpty()) {
                continue;
            }
            folder = folder.resolve(part);
            if (Files.isSymbolicLink(folder)) {
                throw new FileSystemException(folder.toString(), null,
                        "refusing to write through a symbolic link");
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
        }
        if (Files.isSymbolicLink(file)) {
            throw new FileSystemException(file.toString(), null, "refusing to write through a symbolic link");
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            out.write(content.toByteArray());
        }
        setExecutable(file, executable);
    }

    /** Adds execute where read is allowed, or removes every execute bit; nothing on non-POSIX file systems. */
    private static void setExecutable(Path file, boolean executable) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(view.readAttributes().permissions());
        if (executable) {
            addIf(permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
            addIf(permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
            addIf(permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
        } else {
            permissions.removeAll(EXECUTE);
        }
        view.setPermissions(permissions);
    }

    private static void addIf(Set<PosixFilePermission> permissions, PosixFilePermission read,
                              PosixFilePermission execute) {
        if (permissions.contains(read)) {
            permissions.add(execute);
        }
    }
}
