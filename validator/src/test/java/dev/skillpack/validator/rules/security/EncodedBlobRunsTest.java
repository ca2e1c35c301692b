package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SP413's search for base64 and hex runs against the walk it replaced (one {@code charAt} per character). */
class EncodedBlobRunsTest {
    private static final String BASE64 = "ABCXYZabcxyz0189+/=-_";
    private static final String OTHER = " \n\t.:;\"'!@#$%^&*()[]{}<>?,\\|`~\u00E9\uFF21\u0410\uD83D\uDE00\u0000\u007F";

    private static List<String> found(String text, int min) {
        List<String> out = new ArrayList<>();
        EncodedBlobRule.runs(text, min, (start, end) -> out.add(start + "-" + end));
        return out;
    }

    private static boolean base64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
                || c == '-' || c == '_';
    }

    /** The scan before the window. */
    private static List<String> reference(String text, int min) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!base64(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && base64(text.charAt(i))) {
                i++;
            }
            if (i - start >= min) {
                out.add(start + "-" + i);
            }
        }
        return out;
    }

    @Test
    void findsTheRunsTheCharacterWalkFound() {
        Random random = new Random(413);
        int found = 0;
        for (int round = 0; round < 500; round++) {
            int min = round % 2 == 0 ? 16 : 120;
            int length = round % 3 == 0 ? 8150 + random.nextInt(100) : random.nextInt(30_000);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                // runs of base64 characters of every length around the minimum, split by other characters
                int run = random.nextInt(min * 2 + 10);
                for (int k = 0; k < run; k++) {
                    text.append(BASE64.charAt(random.nextInt(BASE64.length())));
                }
                text.append(OTHER.charAt(random.nextInt(OTHER.length())));
            }
            if (round % 5 == 0) {
                text.append("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(5));
            }
            String s = text.toString();
            List<String> expected = reference(s, min);
            found += expected.size();
            assertThat(found(s, min)).as("round %d", round).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void findsARunThatEndsTheText() {
        String blob = "0123456789abcdef";
        assertThat(found("x " + blob, 16)).containsExactly("2-18");
        assertThat(found("x " + blob + ".", 17)).isEmpty();
        assertThat(found("", 16)).isEmpty();
    }
}
