package dev.skillpack.core.parse;

/**
 * Bounds on parsing, so a hostile file cannot exhaust memory or time.
 *
 * @param maxFrontmatterChars front matter longer than this is not parsed
 * @param maxYamlDepth deepest nesting of mappings and lists accepted
 * @param maxLineChars a text file with a longer line is reported (it is still read)
 */
public record ParseLimits(int maxFrontmatterChars, int maxYamlDepth, int maxLineChars) {
    /** 20,000 characters on one line. */
    public static final int DEFAULT_LINE_CHARS = 20_000;

    /** Validates the limits. */
    public ParseLimits {
        if (maxFrontmatterChars < 1 || maxYamlDepth < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * @param maxFrontmatterChars front matter longer than this is not parsed
     * @param maxYamlDepth deepest nesting of mappings and lists accepted
     */
    public ParseLimits(int maxFrontmatterChars, int maxYamlDepth) {
        this(maxFrontmatterChars, maxYamlDepth, DEFAULT_LINE_CHARS);
    }

    /** @return 64 KiB of front matter, nesting 16 deep, lines of 20,000 characters */
    public static ParseLimits defaults() {
        return new ParseLimits(64 * 1024, 16, DEFAULT_LINE_CHARS);
    }
}
