package dev.skillpack.validator.report;

import dev.skillpack.validator.rule.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is shaped beyond the findings: the {@code --fail-on} level (JUnit marks only findings at or
 * above it as failures), the text report's flood limits, {@code --quiet}, and the line telling which target
 * was used.
 *
 * @param failOn findings at or above this level fail the run; empty for {@code --fail-on none}
 * @param limits how many findings the text report prints
 * @param quiet text report: only errors, and a summary only when the run fails
 * @param targetNote the target used and how it was chosen, e.g. "target claude-code (inferred from
 *     .claude-plugin/plugin.json)"; empty to print none
 */
public record ReportOptions(Optional<Severity> failOn, TextLimits limits, boolean quiet, String targetNote) {

    /** Validates the fields. */
    public ReportOptions {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(targetNote, "targetNote");
    }

    /** @return the CLI's defaults: fail on errors, default limits, not quiet, no target line */
    public static ReportOptions defaults() {
        return new ReportOptions(Optional.of(Severity.ERROR), TextLimits.defaults(), false, "");
    }

    /**
     * @param severity a finding's severity
     * @return whether a finding of that severity fails the run
     */
    public boolean fails(Severity severity) {
        return failOn.isPresent() && severity.compareTo(failOn.get()) >= 0;
    }
}
