package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillPathsTest {

    @Test
    void tellsWhetherATokenHoldsASeparator() {
        String text = "see references/api.md or docs\\a or notes.txt or plain";
        assertThat(SkillPaths.holds(text, 4, 21, false)).isTrue();
        assertThat(SkillPaths.holds(text, 25, 31, false)).isTrue();
        assertThat(SkillPaths.holds(text, 35, 44, false)).isFalse();
        assertThat(SkillPaths.holds(text, 35, 44, true)).isTrue();
        assertThat(SkillPaths.holds(text, 48, 53, true)).isFalse();
        assertThat(SkillPaths.holds(text, 4, 4, true)).isFalse();
    }

    @Test
    void splitsTokensAtExactlyTheCharactersThatCannotBeInAPath() {
        List<String> tokens = new ArrayList<>();
        String text = "see `references/api.md`, ./run_it-now.sh or C:\\x\\y; café(b) 12";
        SkillPaths.forEachToken(text, (start, end) -> tokens.add(text.substring(start, end)));
        assertThat(tokens).containsExactly("see", "references/api.md", "./run_it-now.sh", "or", "C", "\\x\\y",
                "café", "b", "12");
    }

    @Test
    void everyCharacterIsAPathCharacterExactlyWhenALetterDigitOrOneOfTheSeparators() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '\\';
            String text = " " + c + " ";
            List<int[]> tokens = new ArrayList<>();
            SkillPaths.forEachToken(text, (start, end) -> tokens.add(new int[] {start, end}));
            assertThat(tokens).as("U+%04X", (int) c).hasSize(expected ? 1 : 0);
        }
    }
}
