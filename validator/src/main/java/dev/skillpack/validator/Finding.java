package dev.skillpack.validator;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.Severity;
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
 * @param suppressed whether an inline comment or baseline suppressed it (kept for JSON and SARIF)
 */
public record Finding(String ruleId, String alias, Category category, Severity severity, String message,
                      SourceSpan span, List<Fix> fixes, boolean suppressed) {

    /** Validates and copies the fields. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        fixes = List.copyOf(fixes);
    }

    /** @return a copy marked as suppressed */
    public Finding asSuppressed() {
        return new Finding(ruleId, alias, category, severity, message, span, fixes, true);
    }
}
