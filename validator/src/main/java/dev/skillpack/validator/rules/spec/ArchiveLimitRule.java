package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP042: an archive past a cap on entries, inflated bytes per entry and in all, or compression ratio;
 * sizes are counted as really inflated, never taken from headers. Nothing past the cap is read.
 */
public final class ArchiveLimitRule extends ParseProblemRule {

    /** Creates the rule. */
    public ArchiveLimitRule() {
        super(RuleMeta.of("SP042", "archive-limit", Category.SPEC, Severity.ERROR,
                "An archive has too many entries, inflates to too many bytes, or compresses suspiciously well (a zip bomb)."),
                Set.of(ProblemCode.ARCHIVE_LIMIT));
    }
}
