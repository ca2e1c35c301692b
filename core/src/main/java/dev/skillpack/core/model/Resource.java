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

    /** @return whether the file holds text */
    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /**
     * @return the file as a {@link TextFile} (byte-order mark recorded, line endings detected), when it
     *         is a text file whose content was read
     */
    public Optional<TextFile> textFile() {
        if (kind != Kind.TEXT || content.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = content.get().toByteArray();
        return Optional.of(TextFile.of(path, relativePath, decode(bytes), byteOrderMark(bytes), size));
    }

    /**
     * Decodes the content on each call; callers that need it more than once should keep the result.
     *
     * @return the text of a {@link Kind#TEXT} file, without a UTF-8 byte-order mark; "" for a binary file
     *         or one whose content was not read
     */
    public String text() {
        if (kind != Kind.TEXT || content.isEmpty()) {
            return "";
        }
        return decode(content.get().toByteArray());
    }

    private static boolean byteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String decode(byte[] bytes) {
        int start = byteOrderMark(bytes) ? 3 : 0;
        return new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8);
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
