package dev.skillpack.validator.report;

import dev.skillpack.validator.Finding;
import dev.skillpack.validator.ValidationResult;
import dev.skillpack.validator.rule.Severity;

/**
 * Counts of a validation result, as every report's summary shows them.
 *
 * @param errors unsuppressed errors
 * @param warnings unsuppressed warnings
 * @param infos unsuppressed infos
 * @param suppressed findings suppressed inline or by a baseline
 * @param skills skills read
 * @param files files in those skills
 */
public record Summary(int errors, int warnings, int infos, int suppressed, int skills, int files) {

    /**
     * @param result a result
     * @return its counts
     */
    public static Summary of(ValidationResult result) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        for (Finding f : result.findings()) {
            if (f.suppressed()) {
                suppressed++;
            } else if (f.severity() == Severity.ERROR) {
                errors++;
            } else if (f.severity() == Severity.WARNING) {
                warnings++;
            } else {
                infos++;
            }
        }
        return new Summary(errors, warnings, infos, suppressed, result.skillCount(), result.fileCount());
    }
}
