package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP041: an archive entry that unpacking could turn into a write outside the target (zip slip: {@code ..},
 * absolute paths, drive letters, backslashes), a symbolic link, an encrypted entry, or a second entry of
 * one name (also differing only in case). The entry is not read.
 */
public final class UnsafeArchiveEntryRule extends ParseProblemRule {

    /** Creates the rule. */
    public UnsafeArchiveEntryRule() {
        super(RuleMeta.of("SP041", "unsafe-archive-entry", Category.SPEC, Severity.ERROR,
                "An archive entry has a path that could escape the folder it unpacks to, is a link, is encrypted or appears twice."),
                Set.of(ProblemCode.ARCHIVE_ENTRY_UNSAFE));
    }
}
