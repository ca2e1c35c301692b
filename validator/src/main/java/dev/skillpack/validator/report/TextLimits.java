package dev.skillpack.validator.report;

/**
 * How much of a flood the text report prints: after {@code perRule} findings of one rule, and after
 * {@code total} findings in all, the rest is counted ("N more like this; see --format json") rather than
 * printed. Machine formats always carry every finding.
 *
 * @param perRule most findings of one rule printed; 0 for no limit
 * @param total most findings printed in all; 0 for no limit
 */
public record TextLimits(int perRule, int total) {
    /** Findings of one rule printed by default. */
    public static final int DEFAULT_PER_RULE = 25;
    /** Findings printed in all by default. */
    public static final int DEFAULT_TOTAL = 200;

    /** Validates the fields. */
    public TextLimits {
        if (perRule < 0 || total < 0) {
            throw new IllegalArgumentException("limits are 0 (none) or positive");
        }
    }

    /** @return 25 per rule, 200 in all */
    public static TextLimits defaults() {
        return new TextLimits(DEFAULT_PER_RULE, DEFAULT_TOTAL);
    }

    /** @return no limit at all */
    public static TextLimits none() {
        return new TextLimits(0, 0);
    }
}
