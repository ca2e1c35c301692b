package dev.skillpack.validator.engine;

import dev.skillpack.core.model.Resource;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a validated skill as a {@link ValidationResult} keeps it: its paths and facts, and a hash of the
 * bytes that were checked, but not the bytes or the text (reports that need them read the skill again through
 * {@link ValidatedSkill#reread()}, which checks the hash).
 *
 * @param relativePath path inside the skill folder, with forward slashes
 * @param path display path
 * @param kind text or binary
 * @param size size in bytes, as listed
 * @param executable whether the file has an executable bit
 * @param sha256 the SHA-256 of the bytes that were validated, in lower-case hex; empty when the file was not
 *               read (too large, unreadable)
 */
public record ValidatedFile(String relativePath, String path, Resource.Kind kind, long size, boolean executable,
                            Optional<String> sha256) {

    /** Validates the fields. */
    public ValidatedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * @param resource a parsed file
     * @return its light view, with the hash of its content
     */
    public static ValidatedFile of(Resource resource) {
        return new ValidatedFile(resource.relativePath(), resource.path(), resource.kind(), resource.size(),
                resource.executable(), resource.content().map(bytes -> ContentHash.sha256(bytes.toByteArray())));
    }
}
