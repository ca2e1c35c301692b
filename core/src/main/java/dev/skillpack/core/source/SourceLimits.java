package dev.skillpack.core.source;

/**
 * Bounds on what a source reads, so a hostile or accidental folder or archive cannot exhaust memory or
 * time. The file count and byte total apply to each skill on its own: a bulky folder beside a skill
 * never hides it.
 *
 * @param maxFileBytes files larger than this are listed but not read
 * @param maxFiles at most this many files of one skill are listed; the rest are reported as skipped
 * @param maxDepth folders nested deeper than this below the root are not entered
 * @param maxSkillBytes at most this many bytes of one skill's files are listed; the rest are reported
 * @param maxEntries the walk stops after visiting this many files and folders in all, reporting where
 */
public record SourceLimits(long maxFileBytes, int maxFiles, int maxDepth, long maxSkillBytes, int maxEntries) {

    /** 16 MiB per file. */
    public static final long DEFAULT_FILE_BYTES = 16L * 1024 * 1024;
    /** 10,000 files per skill. */
    public static final int DEFAULT_FILES = 10_000;
    /** 32 folders deep. */
    public static final int DEFAULT_DEPTH = 32;
    /** 64 MiB per skill. */
    public static final long DEFAULT_SKILL_BYTES = 64L * 1024 * 1024;
    /** 500,000 files and folders visited in one walk. */
    public static final int DEFAULT_ENTRIES = 500_000;

    /** Validates the limits. */
    public SourceLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxDepth < 1 || maxSkillBytes < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Limits with the default skill total and walk size.
     *
     * @param maxFileBytes files larger than this are listed but not read
     * @param maxFiles at most this many files of one skill are listed
     * @param maxDepth folders nested deeper than this are not entered
     */
    public SourceLimits(long maxFileBytes, int maxFiles, int maxDepth) {
        this(maxFileBytes, maxFiles, maxDepth, Math.max(DEFAULT_SKILL_BYTES, maxFileBytes), DEFAULT_ENTRIES);
    }

    /** @return 16 MiB per file, 10,000 files and 64 MiB per skill, 32 folders deep, 500,000 entries walked */
    public static SourceLimits defaults() {
        return new SourceLimits(DEFAULT_FILE_BYTES, DEFAULT_FILES, DEFAULT_DEPTH, DEFAULT_SKILL_BYTES, DEFAULT_ENTRIES);
    }

    /**
     * @param bytes the per-file limit
     * @return these limits with that per-file limit
     */
    public SourceLimits withMaxFileBytes(long bytes) {
        return new SourceLimits(bytes, maxFiles, maxDepth, maxSkillBytes, maxEntries);
    }

    /**
     * @param files the per-skill file count
     * @return these limits with that file count
     */
    public SourceLimits withMaxFiles(int files) {
        return new SourceLimits(maxFileBytes, files, maxDepth, maxSkillBytes, maxEntries);
    }

    /**
     * @param depth the folder depth
     * @return these limits with that depth
     */
    public SourceLimits withMaxDepth(int depth) {
        return new SourceLimits(maxFileBytes, maxFiles, depth, maxSkillBytes, maxEntries);
    }

    /**
     * @param bytes the per-skill byte total
     * @return these limits with that total
     */
    public SourceLimits withMaxSkillBytes(long bytes) {
        return new SourceLimits(maxFileBytes, maxFiles, maxDepth, bytes, maxEntries);
    }

    /**
     * @param entries the number of files and folders one walk visits
     * @return these limits with that number
     */
    public SourceLimits withMaxEntries(int entries) {
        return new SourceLimits(maxFileBytes, maxFiles, maxDepth, maxSkillBytes, entries);
    }
}
