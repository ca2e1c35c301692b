package dev.skillpack.core.parse;

/**
 * Bounds on the YAML front matter, so a hostile file cannot exhaust memory or time.
 *
 * @param maxFrontmatterChars front matter longer than this is not parsed
 * @param maxYamlDepth deepest nesting of mappings and lists accepted
 */
public record ParseLimits(int maxFrontmatterChars, int maxYamlDepth) {

    /** Validates the limits. */
    public ParseLimits {
        if (maxFrontmatterChars < 1 || maxYamlDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return 64 KiB of front matter, nesting 16 deep */
    public static ParseLimits defaults() {
        return new ParseLimits(64 * 1024, 16);
    }
}
