package dev.skillpack.validator.engine;

import dev.skillpack.core.model.Resource;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a validated skill as a {@link ValidationResult} keeps it: its paths and facts, and a hash of the
 * bytes that were checked, but not the bytes or the text (reports that need them read the skill again through
 * {@link ValidatedSkill#reread()}, which checks the hash). The hash is keyed with a secret drawn per process
 * (SipHash-2-4): it tells whether the file changed since this process validated it, cannot be made to match by
 * whoever changes the file, and means nothing in another process, so never store it.
 *
 * @param relativePath path inside the skill folder, with forward slashes
 * @param path display path
 * @param kind text or binary
 * @param size size in bytes, as listed
 * @param executable whether the file has an executable bit
 * @param contentHash the keyed hash of the bytes that were validated, as 16 hex digits; empty when the file
 *                    was not read (too large, unreadable)
 */
public record ValidatedFile(String relativePath, String path, Resource.Kind kind, long size, boolean executable,
                            Optional<String> contentHash) {

    /** Validates the fields. */
    public ValidatedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /**
     * @param resource a parsed file
     * @return its light view, with the hash of its content
     */
    public static ValidatedFile of(Resource resource) {
        return new ValidatedFile(resource.relativePath(), resource.path(), resource.kind(), resource.size(),
                resource.executable(), resource.content().map(bytes -> ContentHash.of(bytes.asReadOnlyBuffer())));
    }
}
