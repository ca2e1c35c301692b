package dev.skillpack.validator.rules.concise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConciseScoreTest {

    private static Finding finding(String path, Category category, boolean suppressed) {
        return new Finding("SP301", "weak-language", category, Severity.INFO, "m", SourceSpan.wholeFile(path),
                List.of(), suppressed);
    }

    @Test
    void countsActiveConciseFindingsPerThousandTokens() {
        List<Finding> findings = List.of(
                finding("a/SKILL.md", Category.CONCISE, false),
                finding("a/SKILL.md", Category.CONCISE, false),
                finding("a/SKILL.md", Category.CONCISE, true),
                finding("a/SKILL.md", Category.BUDGET, false),
                finding("a/references/x.md", Category.CONCISE, false));
        ConciseScore score = ConciseScore.forFile(findings, "a/SKILL.md", 800);
        assertThat(score.findings()).isEqualTo(2);
        assertThat(score.tokens()).isEqualTo(800);
        assertThat(score.perThousandTokens()).isEqualTo(2.5);
        assertThat(ConciseScore.forFile(findings, "a/references/x.md", 3000).rounded()).isEqualTo(0.3);
    }

    @Test
    void emptyFileAndCleanFileScoreZero() {
        assertThat(ConciseScore.of(List.of(finding("f.md", Category.CONCISE, false)), 0).perThousandTokens())
                .isZero();
        assertThat(ConciseScore.of(List.of(), 1234).rounded()).isZero();
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new ConciseScore(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
