package dev.skillpack.validator.report;

import dev.skillpack.core.tokens.Tokenizer;
import java.util.Objects;

/**
 * What the HTML report draws token bars against: the tokenizer, and the budget of a SKILL.md body and of
 * each other Markdown file (the budget rules' configured limits, or these defaults).
 *
 * @param tokenizer the tokenizer counts are taken with
 * @param body the token budget of SKILL.md's body
 * @param reference the token budget of each reference file
 */
public record TokenBudgets(Tokenizer tokenizer, int body, int reference) {
    /** The spec's recommendation for a body, and twice that for a reference. */
    public static final TokenBudgets DEFAULTS = new TokenBudgets(Tokenizer.O200K_BASE, 5000, 10000);

    /** Validates the fields. */
    public TokenBudgets {
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (body <= 0 || reference <= 0) {
            throw new IllegalArgumentException("budgets must be positive: " + body + ", " + reference);
        }
    }
}
