package dev.skillpack.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void findsTheLineStartsACharacterWalkFinds() {
        Random random = new Random(10);
        String alphabet = "ab \n\r\u00e9\u4e2d\ud83d\ude00";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 5 == 0 ? 5000 : 40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            LineMap map = LineMap.of("f.md", s);
            int line = 0;
            assertThat(map.lineStart(0)).isZero();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    assertThat(map.lineStart(line)).as("round %d line %d", round, line).isEqualTo(i + 1);
                }
            }
            assertThat(map.lineCount()).isEqualTo(line + 1);
        }
    }

    @Test
    void countsTheEmptyLineAfterAFinalBreak() {
        LineMap map = LineMap.of("f.md", "a\r\nbc\n");
        assertThat(map.lineCount()).isEqualTo(3);
        assertThat(map.lineStart(1)).isEqualTo(3);
        assertThat(map.lineStart(2)).isEqualTo(6);
        assertThat(LineMap.of("f.md", "").lineCount()).isEqualTo(1);
    }
}
