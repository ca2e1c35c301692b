package dev.skillpack.core.pack;

import dev.skillpack.core.model.Bytes;
import java.util.Objects;

/**
 * One file as it goes into a package.
 *
 * @param path path inside the skill folder, forward slashes
 * @param content the bytes, exactly as read
 * @param executable whether the source file had an executable bit (recorded in the index; zip entries
 *                   carry no permissions)
 * @param text whether the file is UTF-8 text
 * @param tokens the token count of a text file; 0 for a binary file
 * @param sha256 lower-case hex SHA-256 of the content
 */
public record PackedFile(String path, Bytes content, boolean executable, boolean text, int tokens, String sha256) {

    /** Validates the fields. */
    public PackedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** @return the size in bytes */
    public long size() {
        return content.length();
    }
}
