package dev.skillpack.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Any file of a skill (SKILL.md and Markdown files included), as listed from the skill folder, with the
 * bytes read from it and, for a text file, its text decoded once. Writers copy the bytes, so a skill
 * written back is byte-identical to the one read.
 *
 * @param relativePath path inside the skill folder, with forward slashes
 * @param path display path
 * @param kind text or binary
 * @param size size in bytes
 * @param executable whether the file has an executable bit
 * @param content the bytes as read; empty when the file was not read (too large, unreadable)
 * @param textFile the decoded text of a {@link Kind#TEXT} file whose content was read; empty otherwise
 */
public record Resource(String relativePath, String path, Kind kind, long size, boolean executable,
                       Optional<Bytes> content, Optional<TextFile> textFile) {

    /** Whether a file holds text. */
    public enum Kind {
        /** Valid UTF-8 without NUL bytes. */
        TEXT,
        /** Anything else; not parsed. */
        BINARY
    }

    /** Validates the fields: only a text file whose bytes were read carries a decoded text. */
    public Resource {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(textFile, "textFile");
        if (textFile.isPresent() && (kind != Kind.TEXT || content.isEmpty())) {
            throw new IllegalArgumentException("only a text file that was read has a decoded text: " + path);
        }
    }

    /**
     * A resource whose text, if it is a text file, is decoded here, once.
     *
     * @param relativePath path inside the skill folder, with forward slashes
     * @param path display path
     * @param kind text or binary
     * @param size size in bytes
     * @param executable whether the file has an executable bit
     * @param content the bytes as read; empty when the file was not read
     */
    public Resource(String relativePath, String path, Kind kind, long size, boolean executable,
                    Optional<Bytes> content) {
        this(relativePath, path, kind, size, executable, content,
                decoded(relativePath, path, kind, size, content));
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
        this(relativePath, path, kind, size, executable, Optional.empty(), Optional.empty());
    }

    /** @return whether the file holds text */
    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /**
     * @return the text of a {@link Kind#TEXT} file, without a UTF-8 byte-order mark (decoded when the
     *         resource was made, not on each call); "" for a binary file or one whose content was not read
     */
    public String text() {
        return textFile.map(TextFile::text).orElse("");
    }

    private static Optional<TextFile> decoded(String relativePath, String path, Kind kind, long size,
                                              Optional<Bytes> content) {
        if (kind != Kind.TEXT || content.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = content.get().toByteArray();
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8);
        return Optional.of(TextFile.of(path, relativePath, text, bom, size));
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
