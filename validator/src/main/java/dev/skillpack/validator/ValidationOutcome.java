package dev.skillpack.validator;

import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.report.Summary;
import dev.skillpack.validator.rule.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ValidationSession} found and whether that passes: the one place the summary line
 * and the pass/fail decision are worded, so the CLI and the Maven plugin say the same thing.
 *
 * @param result the findings
 * @param failOn the lowest severity that fails; empty: findings never fail
 */
public record ValidationOutcome(ValidationResult result, Optional<Severity> failOn) {
    /** Whether a run passes. */
    public enum Verdict {
        /** no rule crashed and no finding reached the threshold */
        PASS,
        /** an unsuppressed finding at or above the threshold */
        FAIL,
        /** a rule threw: a bug in the rule, reported as an error finding */
        CRASH
    }

    /** Validates the parts. */
    public ValidationOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(failOn, "failOn");
    }

    /** @return the decision; a crash outranks findings */
    public Verdict verdict() {
        if (!result.crashes().isEmpty()) {
            return Verdict.CRASH;
        }
        return failOn.isPresent() && result.hasFindingsAtOrAbove(failOn.get()) ? Verdict.FAIL : Verdict.PASS;
    }

    /** @return the counts, e.g. "2 errors, 0 warnings, 1 info in 3 skills (9 files)" or "no problems in ..." */
    public String summary() {
        return Summary.of(result).sentence();
    }

    /** @return why a crash is a bug, e.g. "1 rule crash; this is a bug, please report it"; empty without one */
    public Optional<String> crashNote() {
        int crashes = result.crashes().size();
        return crashes == 0 ? Optional.empty() : Optional.of(crashes + " rule crash" + (crashes == 1 ? "" : "es")
                + "; this is a bug, please report it");
    }

    /**
     * @param changed the result after a baseline was applied, say
     * @return an outcome of it with the same threshold
     */
    public ValidationOutcome with(ValidationResult changed) {
        return new ValidationOutcome(changed, failOn);
    }
}
