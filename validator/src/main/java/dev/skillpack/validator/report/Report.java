package dev.skillpack.validator.report;

import dev.skillpack.validator.engine.ValidationResult;
import java.util.Objects;

/**
 * What a reporter renders.
 *
 * @param result the validation result
 * @param toolVersion the version to print (fixed in tests so golden files do not churn)
 * @param color whether the text report may use ANSI colours
 * @param options fail-on level, text limits, quiet, target line
 */
public record Report(ValidationResult result, String toolVersion, boolean color, ReportOptions options) {

    /** Validates the fields. */
    public Report {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(options, "options");
    }

    /**
     * A report with the CLI's default options (fail on errors, default text limits).
     *
     * @param result the validation result
     * @param toolVersion the version to print
     * @param color whether the text report may use ANSI colours
     */
    public Report(ValidationResult result, String toolVersion, boolean color) {
        this(result, toolVersion, color, ReportOptions.defaults());
    }
}
