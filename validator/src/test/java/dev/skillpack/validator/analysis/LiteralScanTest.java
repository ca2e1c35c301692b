package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralScanTest {
    private static final List<List<String>> GROUPS = List.of(List.of("AKIA", "ASIA"), List.of("ghp_", "gho_"),
            List.of("sk-"), List.of("sk-ant-"), List.of("Q~"), List.of("hooks.slack.com"), List.of("xox"));

    @Test
    void answersWhatOneContainsPerLiteralAnswers() {
        List<String> texts = List.of("", "plain prose", "AKIA at the start", "ends with ghp_", "sk-ant-x",
                "a sk- b", "Q~ and xo and xox", "h\u00e9llo hooks.slack.com \u4e2d\u6587 ASIA", "AKI", "sk",
                "\ud83d\ude00gho_\ud83d\ude00");
        LiteralScan scan = LiteralScan.of(GROUPS);
        for (String text : texts) {
            boolean[] present = scan.present(text);
            for (int g = 0; g < GROUPS.size(); g++) {
                assertThat(present[g]).as("%s in '%s'", GROUPS.get(g), text)
                        .isEqualTo(GROUPS.get(g).stream().anyMatch(text::contains));
            }
            assertThat(scan.any(text)).isEqualTo(GROUPS.stream().flatMap(List::stream).anyMatch(text::contains));
        }
    }

    @Test
    void boundedLiteralsCountOnlyAtAsciiWordEdges() {
        List<List<String>> groups = List.of(List.of("\\bnc\\b", "\\bpost"), List.of("ab\\b", "a_"),
                List.of("x-"), List.of("-\\b"));
        LiteralScan scan = LiteralScan.bounded(groups);
        String[] pieces = {"nc", "post", "ab", "a", "_", "x-", "b", "N", "9", " ", "-", ".", "\u00e9", "\u0301",
            "\ud83d\ude00", "\\b"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = round % 100 == 0 ? 8180 + random.nextInt(20) : random.nextInt(12);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            boolean[] present = scan.present(s);
            boolean any = false;
            for (int g = 0; g < groups.size(); g++) {
                boolean expected = groups.get(g).stream().anyMatch(literal -> reference(literal).matcher(s).find());
                assertThat(present[g]).as("%s in '%s'", groups.get(g), s).isEqualTo(expected);
                any |= expected;
            }
            assertThat(scan.any(s)).as("any in '%s'", s).isEqualTo(any);
        }
    }

    /** A bounded literal as a regex: ASCII word characters may not touch a marked edge. */
    private static Pattern reference(String literal) {
        String core = literal;
        boolean start = core.startsWith("\\b");
        if (start) {
            core = core.substring(2);
        }
        boolean end = core.endsWith("\\b");
        if (end) {
            core = core.substring(0, core.length() - 2);
        }
        return Pattern.compile((start ? "(?<![A-Za-z0-9_])" : "") + Pattern.quote(core)
                + (end ? "(?![A-Za-z0-9_])" : ""));
    }

    @Test
    void plainScansReadBackslashBAsText() {
        assertThat(LiteralScan.of(List.of(List.of("\\bnc"))).any("a \\bnc")).isTrue();
        assertThat(LiteralScan.of(List.of(List.of("\\bnc"))).any("a nc")).isFalse();
        assertThat(LiteralScan.bounded(List.of(List.of("\\bnc"))).any("a nc")).isTrue();
        assertThat(LiteralScan.bounded(List.of(List.of("\\bnc"))).any("func")).isFalse();
    }

    @Test
    void refusesLiteralsItCannotIndex() {
        assertThatThrownBy(() -> LiteralScan.of(List.of(List.of("")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiteralScan.of(List.of(List.of("\u00e9t\u00e9"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
