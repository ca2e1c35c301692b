package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void ratioIsTwiceTheMatchedWordsOverBothLengths() {
        assertThat(Similarity.ratio(List.of("a", "b", "c", "d"), List.of("a", "b", "x", "d"))).isEqualTo(0.75);
        assertThat(Similarity.ratio(List.of("a", "b"), List.of("a", "b"))).isEqualTo(1.0);
        assertThat(Similarity.ratio(List.of("a"), List.of("b"))).isZero();
        assertThat(Similarity.ratio(List.of(), List.of())).isEqualTo(1.0);
        // longest run "c d e" first, then "a" on the left; "x" and "y" stay unmatched
        assertThat(Similarity.ratio(List.of("a", "x", "c", "d", "e"), List.of("a", "c", "d", "e", "y")))
                .isCloseTo(0.8, within(1e-9));
    }

    @Test
    void shinglesAndJaccard() {
        Set<String> a = Similarity.shingles(List.of("one", "two", "three", "four"), 3);
        assertThat(a).containsExactlyInAnyOrder("one two three", "two three four");
        Set<String> b = Similarity.shingles(List.of("one", "two", "three", "five"), 3);
        assertThat(Similarity.jaccard(a, b)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Similarity.shingles(List.of("short"), 3)).containsExactly("short");
        assertThat(Similarity.jaccard(Set.of(), Set.of())).isZero();
    }

    @Test
    void atLeastAgreesWithTheJaccardIndex() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 5000; round++) {
            Set<String> a = new java.util.HashSet<>();
            Set<String> b = new java.util.HashSet<>();
            int universe = 1 + random.nextInt(40);
            for (int i = random.nextInt(30); i > 0; i--) {
                a.add("w" + random.nextInt(universe));
            }
            for (int i = random.nextInt(30); i > 0; i--) {
                b.add("w" + random.nextInt(universe));
            }
            double threshold = List.of(0.0, 0.1, 1.0 / 3, 0.5, 0.6, 0.7, 0.8, 0.85, 1.0).get(random.nextInt(9));
            assertThat(Similarity.atLeast(a, b, threshold)).as(a + " " + b + " " + threshold)
                    .isEqualTo(Similarity.jaccard(a, b) >= threshold);
        }
    }
}
