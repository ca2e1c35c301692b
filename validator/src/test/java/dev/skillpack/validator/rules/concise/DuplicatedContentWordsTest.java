package dev.skillpack.validator.rules.concise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** SP306 cuts blocks into words with a scanner; it must find exactly what its word pattern finds. */
class DuplicatedContentWordsTest {

    private static List<String> byPattern(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = DuplicatedContentRule.WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    @Test
    void cutsWordsAtWhatIsNotALetterNumberOrUnderscore() {
        assertThat(DuplicatedContentRule.words("run `pdf_fill.py` -- then 2nd step, caf\u00e9 \u00bd"))
                .containsExactly("run", "pdf_fill", "py", "then", "2nd", "step", "caf\u00e9", "\u00bd");
        assertThat(DuplicatedContentRule.words("")).isEmpty();
        assertThat(DuplicatedContentRule.words("  ...  ")).isEmpty();
        // a letter outside the basic plane is one code point of two chars; a lone surrogate is no letter
        assertThat(DuplicatedContentRule.words("a\ud835\udc00b \ud835x \udc00y z\ud835"))
                .containsExactly("a\ud835\udc00b", "x", "y", "z");
        // a combining mark is no letter, so it cuts a word as the pattern does
        assertThat(DuplicatedContentRule.words("i\u0307stanbul")).containsExactly("i", "stanbul");
    }

    @Test
    void agreesWithThePatternOnEveryCodePoint() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            // each code point alone, then glued to letters on both sides
            all.appendCodePoint(cp).append(' ').append('a').appendCodePoint(cp).append('b').append(' ');
        }
        String text = all.toString();
        assertThat(DuplicatedContentRule.words(text)).isEqualTo(byPattern(text));
    }

    @Test
    void agreesWithThePatternOnMixedText() {
        List<String> texts = List.of("x_1 y-2 z.3", "\u0660\u0661 \u2160\u2161 \u00b2", "tab\there\nnew line",
                "\ud83d\ude00emoji\ud83d\ude00 word", "\udc00\ud800", "_", "a", "\u3042\u3044 \u4e2d\u6587");
        for (String text : texts) {
            assertThat(DuplicatedContentRule.words(text)).as(text).isEqualTo(byPattern(text));
        }
    }
}
