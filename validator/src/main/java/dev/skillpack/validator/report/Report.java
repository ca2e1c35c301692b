package dev.skillpack.validator.report;

import dev.skillpack.validator.ValidationResult;
import java.util.Objects;

/**
 * What a reporter renders.
 *
 * @param result the validation result
 * @param toolVersion the version to print (fixed in tests so golden files do not churn)
 * @param color whether the text report may use ANSI colours
 */
public record Report(ValidationResult result, String toolVersion, boolean color) {

    /** Validates the fields. */
    public Report {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
