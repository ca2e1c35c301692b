package dev.skillpack.maven;

import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.report.Summary;
import dev.skillpack.validator.rule.Severity;

/**
 * Unsuppressed findings by severity, as a run (or the stamp of an earlier run) left them.
 *
 * @param errors errors
 * @param warnings warnings
 * @param infos infos
 */
record Counts(int errors, int warnings, int infos) {

    static Counts of(ValidationResult result) {
        Summary s = Summary.of(result);
        return new Counts(s.errors(), s.warnings(), s.infos());
    }

    /**
     * @param threshold a severity
     * @return whether any finding is at or above it
     */
    boolean atOrAbove(Severity threshold) {
        return switch (threshold) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            default -> errors + warnings + infos > 0;
        };
    }
}
