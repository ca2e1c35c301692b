package dev.skillpack.validator.report;

import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
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

    /**
     * The summary sentence every front end prints (the text report's last line, the Maven log):
     * {@code no problems in 2 skills (5 files)} or {@code 1 error, 2 warnings, 0 infos in 1 skill (5 files); 3 suppressed}.
     *
     * @return the sentence, without a trailing newline
     */
    public String sentence() {
        StringBuilder line = new StringBuilder();
        int problems = errors + warnings + infos;
        if (problems == 0) {
            line.append("no problems");
        } else {
            line.append(count(errors, "error")).append(", ").append(count(warnings, "warning"))
                    .append(", ").append(count(infos, "info"));
        }
        line.append(" in ").append(count(skills, "skill")).append(" (").append(count(files, "file")).append(')');
        if (suppressed > 0) {
            line.append("; ").append(suppressed).append(" suppressed");
        }
        return line.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
