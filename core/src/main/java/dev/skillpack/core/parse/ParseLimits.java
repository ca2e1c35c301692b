package dev.skillpack.core.parse;

/**
 * Bounds on parsing, so a hostile file cannot exhaust memory or time.
 *
 * @param maxFrontmatterChars front matter longer than this is not parsed
 * @param maxYamlDepth deepest nesting of mappings and lists accepted
 * @param maxLineChars a text file with a longer line is reported (it is still read)
 * @param maxAnalysedBytes a text file larger than this is read and decoded (so its characters can still be
 *                         checked, and a SKILL.md's front matter is still parsed) but its Markdown is not parsed,
 *                         and it is reported ({@link dev.skillpack.core.model.ProblemCode#TOO_LARGE_TO_ANALYSE});
 *                         {@link Long#MAX_VALUE}, the default, analyses every file whatever its size
 */
public record ParseLimits(int maxFrontmatterChars, int maxYamlDepth, int maxLineChars, long maxAnalysedBytes) {
    /** 20,000 characters on one line. */
    public static final int DEFAULT_LINE_CHARS = 20_000;
    /** No limit on the size of a file analysed in depth. */
    public static final long UNLIMITED_ANALYSED_BYTES = Long.MAX_VALUE;

    /** Validates the limits. */
    public ParseLimits {
        if (maxFrontmatterChars < 1 || maxYamlDepth < 1 || maxLineChars < 1 || maxAnalysedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Limits that analyse every file in depth, whatever its size.
     *
     * @param maxFrontmatterChars front matter longer than this is not parsed
     * @param maxYamlDepth deepest nesting of mappings and lists accepted
     * @param maxLineChars a text file with a longer line is reported (it is still read)
     */
    public ParseLimits(int maxFrontmatterChars, int maxYamlDepth, int maxLineChars) {
        this(maxFrontmatterChars, maxYamlDepth, maxLineChars, UNLIMITED_ANALYSED_BYTES);
    }

    /**
     * @param maxFrontmatterChars front matter longer than this is not parsed
     * @param maxYamlDepth deepest nesting of mappings and lists accepted
     */
    public ParseLimits(int maxFrontmatterChars, int maxYamlDepth) {
        this(maxFrontmatterChars, maxYamlDepth, DEFAULT_LINE_CHARS);
    }

    /** @return 64 KiB of front matter, nesting 16 deep, lines of 20,000 characters, every file analysed */
    public static ParseLimits defaults() {
        return new ParseLimits(64 * 1024, 16, DEFAULT_LINE_CHARS);
    }

    /**
     * @param bytes the size above which a text file is not analysed in depth
     * @return these limits with that size
     */
    public ParseLimits withMaxAnalysedBytes(long bytes) {
        return new ParseLimits(maxFrontmatterChars, maxYamlDepth, maxLineChars, bytes);
    }
}
