package dev.skillpack.validator.rules.concise;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The concise score of one file: how many findings of the {@code concise} rules it has per 1,000
 * tokens. Lower is better and 0 is clean; dividing by size lets a long reference and a short SKILL.md
 * be compared and tracked over time. Suppressed findings and findings of other categories do not count.
 *
 * <pre>{@code
 * ConciseScore score = ConciseScore.forFile(result.findings(), doc.path(), tokens);
 * double perThousand = score.perThousandTokens();   // e.g. 2.4
 * }</pre>
 *
 * @param findings the number of active concise findings in the file
 * @param tokens the file's tokens (for SKILL.md, its body after the front matter)
 */
public record ConciseScore(int findings, int tokens) {

    /** Validates the counts. */
    public ConciseScore {
        if (findings < 0 || tokens < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + findings + ", " + tokens);
        }
    }

    /**
     * @param findings findings of one file; those of other categories and suppressed ones are ignored
     * @param tokens the file's tokens
     * @return the score
     */
    public static ConciseScore of(List<Finding> findings, int tokens) {
        Objects.requireNonNull(findings, "findings");
        int count = (int) findings.stream().filter(ConciseScore::counts).count();
        return new ConciseScore(count, tokens);
    }

    /**
     * @param findings findings of any files, e.g. a whole validation result
     * @param path the display path of the file to score, as in {@code finding.span().path()}
     * @param tokens the file's tokens
     * @return the score of that file
     */
    public static ConciseScore forFile(List<Finding> findings, String path, int tokens) {
        Objects.requireNonNull(path, "path");
        return of(findings.stream().filter(f -> f.span().path().equals(path)).toList(), tokens);
    }

    private static boolean counts(Finding finding) {
        return finding.category() == Category.CONCISE && !finding.suppressed();
    }

    /** @return findings per 1,000 tokens; 0 for an empty file */
    public double perThousandTokens() {
        return tokens == 0 ? 0.0 : findings * 1000.0 / tokens;
    }

    /** @return {@link #perThousandTokens()} rounded to one decimal, as reports show it */
    public double rounded() {
        return Math.round(perThousandTokens() * 10) / 10.0;
    }
}
