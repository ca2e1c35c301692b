package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.validator.rules.security.LiteralOffsets.Literal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LiteralOffsetsTest {

    @Test
    void findsEveryOccurrenceOfEachLiteralOverlapsAndEdgesIncluded() {
        LiteralOffsets scan = LiteralOffsets.of(List.of(Literal.exact("aa"), Literal.exact("ghp_"), Literal.exact("://"),
                Literal.exact("zz")));
        int[][] found = scan.in("aaa ghp_x ://ghp_ é://aa");

        assertThat(found[0]).containsExactly(0, 1, 22);
        assertThat(found[1]).containsExactly(4, 13);
        assertThat(found[2]).containsExactly(10, 19);
        assertThat(found[3]).isEmpty();
        assertThat(scan.size()).isEqualTo(4);
    }

    @Test
    void aLiteralThatIgnoresCaseFoldsAsciiLettersOnly() {
        LiteralOffsets scan = LiteralOffsets.of(List.of(Literal.anyCase("secret"), Literal.exact("Bearer"),
                Literal.anyCase("api_key")));
        // U+017F (long s) and U+212A (Kelvin sign) fold to s and k only under Unicode case rules
        String text = "Secret SECRET sEcReT \u017Fecret bearer Bearer API_KEY api_\u212Aey Api_Key";
        int[][] found = scan.in(text);

        assertThat(found[0]).containsExactly(0, 7, 14);
        assertThat(found[1]).containsExactly(text.indexOf("Bearer"));
        assertThat(found[2]).containsExactly(text.indexOf("API_KEY"), text.indexOf("Api_Key"));
    }

    @Test
    void findsALiteralAcrossTheEdgeOfItsReadingWindow() {
        // the scan copies 8,192 characters at a time: each literal's first character ends a window
        StringBuilder text = new StringBuilder("x".repeat(8191));
        text.append("ghp_").append("y".repeat(8188)).append("sk-ant-").append('\u00e9');
        LiteralOffsets scan = LiteralOffsets.of(List.of(Literal.exact("ghp_"), Literal.exact("sk-ant-")));
        int[][] found = scan.in(text.toString());

        assertThat(found[0]).containsExactly(8191);
        assertThat(found[1]).containsExactly(16383);
        assertThat(scan.in("")[0]).isEmpty();
        assertThat(scan.in("g")[0]).isEmpty();
        assertThat(scan.in("ghp")[0]).isEmpty();
        assertThat(scan.in("ghp_")[0]).containsExactly(0);
    }

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        List<String> words = List.of("ab", "aba", "b_c", "key", "pass");
        List<Literal> literals = new ArrayList<>();
        words.forEach(w -> literals.add(Literal.exact(w)));
        words.forEach(w -> literals.add(Literal.anyCase(w)));
        LiteralOffsets scan = LiteralOffsets.of(literals);
        String[] pieces = {"a", "b", "A", "B", "_", "c", "C", "k", "E", "y", "e", "Y", "K", "pass", "PaSs", "\u00e9",
            "\u212A", "\n", " "};
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            int[][] found = scan.in(t);
            for (int k = 0; k < words.size(); k++) {
                assertThat(found[k]).as(t + " / " + words.get(k)).containsExactly(indexes(t, words.get(k)));
                assertThat(found[words.size() + k]).as(t + " / any case " + words.get(k))
                        .containsExactly(indexes(asciiLower(t), words.get(k)));
            }
        }
    }

    private static int[] indexes(String text, String word) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String asciiLower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
        return lower.toString();
    }

    @Test
    void mergedSortsAndDropsRepeats() {
        assertThat(LiteralOffsets.merged(new int[] {3, 9}, new int[] {1, 3, 12}, new int[0])).containsExactly(1, 3, 9, 12);
        assertThat(LiteralOffsets.merged(new int[] {2, 5})).containsExactly(2, 5);
        assertThat(LiteralOffsets.merged()).isEmpty();
    }

    @Test
    void refusesWhatItCannotLookFor() {
        assertThatThrownBy(() -> Literal.exact("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a literal is two or more ASCII characters: 'x'");
        assertThatThrownBy(() -> Literal.exact("caf\u00e9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a literal is two or more ASCII characters: 'caf\u00e9'");
        assertThatThrownBy(() -> Literal.anyCase("Token")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a literal that ignores case is in lower case: 'Token'");
        List<Literal> tooMany = IntStream.range(0, 65).mapToObj(i -> Literal.exact("w" + i)).toList();
        assertThatThrownBy(() -> LiteralOffsets.of(tooMany)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at most 64 literals, not 65");
        assertThat(LiteralOffsets.of(Collections.nCopies(64, Literal.exact("ab"))).in("ab")[63]).containsExactly(0);
    }
}
