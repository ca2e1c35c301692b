package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void refusesLiteralsItCannotIndex() {
        assertThatThrownBy(() -> LiteralScan.of(List.of(List.of("")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiteralScan.of(List.of(List.of("\u00e9t\u00e9"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
