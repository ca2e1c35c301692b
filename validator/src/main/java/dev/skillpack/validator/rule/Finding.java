package dev.skillpack.validator.rule;

import dev.skillpack.core.model.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found.
 *
 * @param ruleId the rule's stable id, e.g. {@code SP001}
 * @param alias the rule's alias, e.g. {@code name-format}
 * @param category the rule's family
 * @param severity the severity after configuration
 * @param message what is wrong and what to do
 * @param span where
 * @param fixes mechanical repairs, if any
 * @param suppression whether and how the finding was suppressed (suppressed findings are kept for JSON and SARIF)
 */
public record Finding(String ruleId, String alias, Category category, Severity severity, String message,
                      SourceSpan span, List<Fix> fixes, Suppression suppression) {

    /** Why a finding is hidden from text output and the exit code. */
    public enum Suppression {
        /** Not suppressed. */
        NONE,
        /** By a {@code skillpack-disable...} comment in the file. */
        INLINE,
        /** By a baseline file ({@code --baseline}). */
        BASELINE
    }

    /** Validates and copies the fields. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(suppression, "suppression");
        fixes = List.copyOf(fixes);
    }

    /**
     * A finding suppressed inline or not at all.
     *
     * @param ruleId the rule's id
     * @param alias the rule's alias
     * @param category the rule's family
     * @param severity the severity
     * @param message the message
     * @param span where
     * @param fixes repairs
     * @param suppressed whether an inline comment suppressed it
     */
    public Finding(String ruleId, String alias, Category category, Severity severity, String message,
                   SourceSpan span, List<Fix> fixes, boolean suppressed) {
        this(ruleId, alias, category, severity, message, span, fixes,
                suppressed ? Suppression.INLINE : Suppression.NONE);
    }

    /** @return whether an inline comment or a baseline suppressed it */
    public boolean suppressed() {
        return suppression != Suppression.NONE;
    }

    /** @return a copy marked as suppressed by an inline comment */
    public Finding asSuppressed() {
        return withSuppression(Suppression.INLINE);
    }

    /**
     * @param how the suppression
     * @return a copy with that suppression
     */
    public Finding withSuppression(Suppression how) {
        return new Finding(ruleId, alias, category, severity, message, span, fixes, how);
    }

    /**
     * @param newSeverity a severity
     * @return a copy with that severity
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, alias, category, newSeverity, message, span, fixes, suppression);
    }
}
