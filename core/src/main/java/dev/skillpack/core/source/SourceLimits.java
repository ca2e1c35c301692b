package dev.skillpack.core.source;

/**
 * Bounds on what a source reads, so a hostile or accidental folder cannot exhaust memory or time.
 *
 * @param maxFileBytes files larger than this are listed but not read
 * @param maxFiles at most this many files are listed; the rest are reported as skipped
 * @param maxDepth folders nested deeper than this are not entered
 */
public record SourceLimits(long maxFileBytes, int maxFiles, int maxDepth) {

    /** Validates the limits. */
    public SourceLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return 16 MiB per file, 10,000 files, 32 folders deep */
    public static SourceLimits defaults() {
        return new SourceLimits(16L * 1024 * 1024, 10_000, 32);
    }
}
