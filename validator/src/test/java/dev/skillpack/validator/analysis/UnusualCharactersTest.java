package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The marked characters of a text against a walk of every character. */
class UnusualCharactersTest {
    private static final String[] PIECES = {"a", " ", "~", "\n", "\t", "\r", "\r\n", "\u0000", "\u001B", "\u007F",
        "\u0080", "\u009F", "\u00A0", "\u00E9", "\u200B", "\u202E", "\u4E2D", "\uD83D\uDE00", "\uDB40", "\uDC41"};

    private static List<Integer> walked(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 0x20 && c < 0x7F) && c != '\t' && c != '\n') {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> marked(UnusualCharacters marks) {
        List<Integer> out = new ArrayList<>();
        for (int i = marks.next(0); i >= 0; i = marks.next(i + 1)) {
            out.add(i);
        }
        return out;
    }

    /** The prefilter the character scans used before: anything but printable ASCII, tab, CR and LF. */
    private static boolean hadUnusual(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    @Test
    void marksWhatAWalkOfEveryCharacterFinds() {
        Random random = new Random(401);
        for (int round = 0; round < 600; round++) {
            StringBuilder text = new StringBuilder();
            // lengths around the 8,192-character window and the 64-bit words; sparse and dense texts
            int length = switch (round % 4) {
                case 0 -> 8185 + random.nextInt(16);
                case 1 -> random.nextInt(20_000);
                case 2 -> 60 + random.nextInt(10);
                default -> random.nextInt(130);
            };
            int plain = round % 3 == 0 ? 200 : 2;
            while (text.length() < length) {
                text.append(random.nextInt(plain) == 0 ? PIECES[random.nextInt(PIECES.length)] : "x");
            }
            String s = text.toString();
            UnusualCharacters marks = UnusualCharacters.of(s);
            assertThat(marked(marks)).as("round %d", round).isEqualTo(walked(s));
            assertThat(marks.any()).as("round %d", round).isEqualTo(hadUnusual(s));
            int from = s.isEmpty() ? 0 : random.nextInt(s.length() + 2);
            List<Integer> after = walked(s).stream().filter(i -> i >= from).toList();
            assertThat(marks.next(from)).as("round %d from %d", round, from).isEqualTo(after.isEmpty() ? -1 : after.get(0));
        }
    }

    @Test
    void plainAsciiLinesHoldNothingUnusualWhateverTheirLineEndings() {
        assertThat(UnusualCharacters.of("").next(0)).isEqualTo(-1);
        assertThat(UnusualCharacters.of("").any()).isFalse();
        UnusualCharacters crlf = UnusualCharacters.of("one\r\ntwo\tx\rthree\n");
        assertThat(crlf.any()).isFalse();
        assertThat(marked(crlf)).containsExactly(3, 10);
        UnusualCharacters soft = UnusualCharacters.of("soft\u00ADhyphen");
        assertThat(soft.any()).isTrue();
        assertThat(marked(soft)).containsExactly(4);
        assertThat(soft.next(5)).isEqualTo(-1);
        assertThat(soft.next(100)).isEqualTo(-1);
    }
}
