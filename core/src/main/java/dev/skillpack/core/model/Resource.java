package dev.skillpack.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Any file of a skill (SKILL.md and Markdown files included), as listed from the skill folder, with the
 * bytes read from it. Writers copy these bytes, so a skill written back is byte-identical to the one read.
 *
 * @param relativePath path inside the skill folder, with forward slashes
 * @param path display path
 * @param kind text or binary
 * @param size size in bytes
 * @param executable whether the file has an executable bit
 * @param content the bytes as read; empty when the file was not read (too large, unreadable)
 */
public record Resource(String relativePath, String path, Kind kind, long size, boolean executable,
                       Optional<Bytes> content) {

    /** Whether a file holds text. */
    public enum Kind {
        /** Valid UTF-8 without NUL bytes. */
        TEXT,
        /** Anything else; not parsed. */
        BINARY
    }

    /** Validates the fields. */
    public Resource {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /**
     * A resource whose content was not kept.
     *
     * @param relativePath path inside the skill folder, with forward slashes
     * @param path display path
     * @param kind text or binary
     * @param size size in bytes
     * @param executable whether the file has an executable bit
     */
    public Resource(String relativePath, String path, Kind kind, long size, boolean executable) {
        this(relativePath, path, kind, size, executable, Optional.empty());
    }

    /** @return the first folder of the path ("scripts", "references", ...), or "" for a root file */
    public String topFolder() {
        int slash = relativePath.indexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    /** @return the file name */
    public String fileName() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
