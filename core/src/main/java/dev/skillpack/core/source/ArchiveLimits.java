package dev.skillpack.core.source;

/**
 * Bounds on reading an archive, so a zip bomb or an archive of millions of entries cannot exhaust memory
 * or time. Sizes are counted as bytes really inflated, never taken from the archive's headers.
 *
 * @param maxEntries at most this many entries (files and folders) are accepted
 * @param maxEntryBytes an entry inflating to more than this is not read
 * @param maxTotalBytes the entries together inflate to at most this
 * @param maxRatio an entry of more than 1 MiB may inflate to at most this many times its compressed size,
 *        and the whole archive to at most this many times its file size
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    /** Validates the limits. */
    public ArchiveLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return 10,000 entries, 16 MiB per entry, 256 MiB in all, a ratio of 200 */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(10_000, SourceLimits.DEFAULT_FILE_BYTES, 256L * 1024 * 1024, 200);
    }
}
