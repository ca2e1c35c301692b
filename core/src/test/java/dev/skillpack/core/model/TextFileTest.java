package dev.skillpack.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFileTest {
    /** The detection before it read the line map: every {@code \n} found again by {@code indexOf}. */
    private static TextFile.LineEndings searched(String text) {
        boolean lf = false;
        boolean crlf = false;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf = true;
            } else {
                lf = true;
            }
        }
        if (lf && crlf) {
            return TextFile.LineEndings.MIXED;
        }
        return crlf ? TextFile.LineEndings.CRLF : lf ? TextFile.LineEndings.LF : TextFile.LineEndings.NONE;
    }

    @Test
    void detectsTheLineEndingsASearchForLineFeedsFinds() {
        Random random = new Random(11);
        String[] pieces = {"a", " ", "\n", "\r", "\r\n", "\u00e9", "\n\r"};
        int[] seen = new int[TextFile.LineEndings.values().length];
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 5 == 0 ? 3000 : 12);
            // mostly one kind of break per text, so every answer comes up
            int kinds = 1 + random.nextInt(pieces.length);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(kinds)]);
            }
            String s = text.toString();
            TextFile.LineEndings expected = searched(s);
            seen[expected.ordinal()]++;
            assertThat(TextFile.of("f.md", "f.md", s, false, s.length()).lineEndings()).as("round %d: %s", round, s)
                    .isEqualTo(expected);
        }
        for (int n : seen) {
            assertThat(n).isGreaterThan(10);
        }
        assertThat(TextFile.of("f.md", "f.md", "\na\r\n", false, 4).lineEndings()).isEqualTo(TextFile.LineEndings.MIXED);
        assertThat(TextFile.of("f.md", "f.md", "\r\n", false, 2).lineEndings()).isEqualTo(TextFile.LineEndings.CRLF);
    }
}
