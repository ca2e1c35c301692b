package dev.skillpack.core.pack;

import java.util.Objects;

/**
 * One file as the index describes it.
 *
 * @param path path inside the skill folder
 * @param size size in bytes
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param text whether the file is UTF-8 text
 * @param tokens its token count (0 for a binary file)
 * @param executable whether the source file had an executable bit
 */
public record IndexedFile(String path, long size, String sha256, boolean text, int tokens, boolean executable) {

    /** Validates the fields. */
    public IndexedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
