package dev.skillpack.core.model;

import java.util.Objects;

/**
 * Any file of a skill (SKILL.md and Markdown files included), as listed from the skill folder.
 *
 * @param relativePath path inside the skill folder, with forward slashes
 * @param path display path
 * @param kind text or binary
 * @param size size in bytes
 * @param executable whether the file has an executable bit
 * @param text the decoded text of a {@link Kind#TEXT} file; "" for a binary or unread file
 */
public record Resource(String relativePath, String path, Kind kind, long size, boolean executable, String text) {

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
        Objects.requireNonNull(text, "text");
    }

    /**
     * A resource whose text was not kept.
     *
     * @param relativePath path inside the skill folder
     * @param path display path
     * @param kind text or binary
     * @param size size in bytes
     * @param executable whether the file has an executable bit
     */
    public Resource(String relativePath, String path, Kind kind, long size, boolean executable) {
        this(relativePath, path, kind, size, executable, "");
    }

    /** @return whether the file holds text */
    public boolean isText() {
        return kind == Kind.TEXT;
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
