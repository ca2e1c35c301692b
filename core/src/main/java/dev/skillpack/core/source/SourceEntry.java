package dev.skillpack.core.source;

import java.util.Objects;

/**
 * A regular file found in a {@link SkillSource}.
 *
 * @param path path relative to the source root, with forward slashes, never starting with {@code /}
 * @param size size in bytes
 * @param executable whether an executable bit is set
 */
public record SourceEntry(String path, long size, boolean executable) {

    /** Validates the fields. */
    public SourceEntry {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative path with forward slashes: " + path);
        }
    }

    /** @return the file name */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** @return the folder part of the path, "" at the root */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
