package dev.skillpack.validator.engine;

import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;

/**
 * What a validation run found.
 *
 * @param packs the packs that were read, in the order given, as the result keeps them: a light view of each
 *              skill (paths, front matter, file list, the lines findings point at), not its text; see
 *              {@link ValidatedSkill#reread()} for the full content
 * @param findings every finding, suppressed ones included, sorted by path, line, column and rule id
 * @param rules the rules that ran, sorted by id
 * @param crashes findings that stand for a rule that threw (also contained in {@code findings}); a bug
 *                in that rule, never in the input
 */
public record ValidationResult(List<ValidatedPack> packs, List<Finding> findings, List<RuleMeta> rules,
                               List<Finding> crashes) {

    /** Copies the lists. */
    public ValidationResult {
        packs = List.copyOf(packs);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        crashes = List.copyOf(crashes);
    }

    /**
     * A result without rule list or crashes.
     *
     * @param packs the packs
     * @param findings the findings
     */
    public ValidationResult(List<ValidatedPack> packs, List<Finding> findings) {
        this(packs, findings, List.of(), List.of());
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

    /** @return the number of skills read */
    public int skillCount() {
        return packs.stream().mapToInt(p -> p.skills().size()).sum();
    }

    /** @return the number of files in the skills read */
    public int fileCount() {
        return packs.stream().mapToInt(ValidatedPack::fileCount).sum();
    }

    /**
     * @param findingsNow replacement findings
     * @return a copy with other findings (same packs, rules and crashes)
     */
    public ValidationResult withFindings(List<Finding> findingsNow) {
        return new ValidationResult(packs, findingsNow, rules, crashes);
    }

    /**
     * Joins results of several runs (one per path argument).
     *
     * @param results the results in order
     * @return one result
     */
    public static ValidationResult merge(List<ValidationResult> results) {
        if (results.size() == 1) {
            return results.get(0);
        }
        List<ValidatedPack> packs = results.stream().flatMap(r -> r.packs().stream()).toList();
        List<Finding> findings = results.stream().flatMap(r -> r.findings().stream()).toList();
        List<RuleMeta> rules = results.stream().flatMap(r -> r.rules().stream()).distinct()
                .sorted(java.util.Comparator.comparing(RuleMeta::id)).toList();
        List<Finding> crashes = results.stream().flatMap(r -> r.crashes().stream()).toList();
        return new ValidationResult(packs, findings, rules, crashes);
    }
}
