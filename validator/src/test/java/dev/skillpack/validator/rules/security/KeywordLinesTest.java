package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeywordLinesTest {
    /** The lines holding a word, ignoring ASCII case, as SecretRule finds them: one literal pass, then the lines. */
    private static List<int[]> lines(String text, List<String> words) {
        int[][] offsets = LiteralOffsets.of(words.stream().map(LiteralOffsets.Literal::anyCase).toList()).in(text);
        return KeywordLines.around(text, LiteralOffsets.merged(offsets));
    }

    @Test
    void findsEachLineHoldingAWordOnceIgnoringAsciiCase() {
        String text = "intro\nDB_PASSWORD = 'x'\nnothing here\nthe api and the secret\nlast Bearer";
        List<int[]> lines = lines(text, List.of("passw", "api", "secret", "bearer"));

        assertThat(lines.stream().map(l -> text.substring(l[0], l[1])).toList())
                .containsExactly("DB_PASSWORD = 'x'", "the api and the secret", "last Bearer");
    }

    @Test
    void noWordMeansNoLines() {
        assertThat(lines("plain text\nand more", List.of("secret"))).isEmpty();
    }

    @Test
    void searchingTheLinesFindsWhatSearchingTheWholeTextFinds() {
        Pattern onOneLine = Pattern.compile("(?i)(?<![a-z])(secret)\\s*=\\s*(\\w+)");
        String text = "a\nxsecret=1\nSecret = two\r\n\nSECRET=3 secret=4\nno";

        Matcher whole = onOneLine.matcher(text);
        StringBuilder expected = new StringBuilder();
        while (whole.find()) {
            expected.append(whole.start()).append(':').append(whole.group()).append(';');
        }
        Matcher lines = onOneLine.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder actual = new StringBuilder();
        for (int[] line : lines(text, List.of("secret"))) {
            lines.region(line[0], line[1]);
            while (lines.find()) {
                actual.append(lines.start()).append(':').append(lines.group()).append(';');
            }
        }

        assertThat(actual.toString()).isEqualTo(expected.toString()).isEqualTo("12:Secret = two;27:SECRET=3;36:secret=4;");
    }

    @Test
    void wordsAtTheEdgesOfLinesAndOfTheText() {
        String text = "Secret\nno\nends with TOKEN\n\ntoken";
        List<int[]> lines = lines(text, List.of("secret", "token"));
        assertThat(lines.stream().map(l -> l[0] + "-" + l[1] + " " + text.substring(l[0], l[1])).toList())
                .containsExactly("0-6 Secret", "10-25 ends with TOKEN", "27-32 token");
        assertThat(lines("sec\nret", List.of("secret"))).isEmpty();
        assertThat(lines("", List.of("secret"))).isEmpty();
    }
}
