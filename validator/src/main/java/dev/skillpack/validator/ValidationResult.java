package dev.skillpack.validator;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.validator.rule.Severity;
import java.util.List;

/**
 * What a validation run found.
 *
 * @param packs the packs that were read, in the order given
 * @param findings every finding, suppressed ones included, sorted by path, line, column and rule id
 */
public record ValidationResult(List<SkillPack> packs, List<Finding> findings) {

    /** Copies the lists. */
    public ValidationResult {
        packs = List.copyOf(packs);
        findings = List.copyOf(findings);
    }

    /** @return findings that are not suppressed */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /**
     * @param threshold a severity
     * @return whether any unsuppressed finding is at or above it
     */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return active().stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
    }
}
