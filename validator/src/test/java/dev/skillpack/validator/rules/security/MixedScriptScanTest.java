package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SP405's word walk against the walk it replaced (one {@code codePointAt} per character), on generated texts. */
class MixedScriptScanTest {
    private static final String[] PIECES = {"a", "Z", "q", "7", "_", " ", "\n", "-", ".", "\u0430", "\u0435",
        "\u043E", "\u0410", "\u03BF", "\u0585", "\uFF41", "\uFF3A", "\u00E9", "\u4E2D", "\u0431", "\uD835\uDC1A",
        "\uD83D\uDE00", "\uD835", "\uDC1A", "\u200B", "\t", "\u05D0"};

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        MixedScriptRule.scan(text, (start, end, first) -> out.add(start + "-" + end + ":" + Integer.toHexString(first)));
        return out;
    }

    /** The walk before the window: one code point at a time through {@code String.codePointAt}. */
    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int latin = 0;
            int foreign = 0;
            int firstForeign = -1;
            while (i < text.length() && wordChar(cp = text.codePointAt(i))) {
                if (cp < 0x80 && (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z')) {
                    latin++;
                } else if (lookalike(cp)) {
                    foreign++;
                    if (firstForeign < 0) {
                        firstForeign = cp;
                    }
                }
                i += Character.charCount(cp);
            }
            if (latin >= 1 && foreign >= 1 && latin + foreign >= 3) {
                out.add(start + "-" + i + ":" + Integer.toHexString(firstForeign));
            }
        }
        return out;
    }

    private static boolean wordChar(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    private static boolean lookalike(int cp) {
        return cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A
                || "\u0430\u0435\u043E\u0410\u03BF\u0585".indexOf(cp) >= 0;
    }

    @Test
    void findsTheWordsTheCodePointWalkFound() {
        Random random = new Random(405);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            // lengths around the window of 8,192 characters, so words and surrogate pairs straddle its edge
            int length = round % 4 == 0 ? 8185 + random.nextInt(16) : random.nextInt(round % 4 == 1 ? 20_000 : 60);
            while (text.length() < length) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(scanned(s)).as("round %d", round).isEqualTo(reference(s));
        }
    }

    @Test
    void reportsExactWordBounds() {
        assertThat(scanned("pay p\u0430ypal ok")).containsExactly("4-10:430");
        assertThat(scanned("\u0430b")).isEmpty();
        assertThat(scanned("x_\u0430b")).containsExactly("0-4:430");
        assertThat(scanned("\u0430\u0430b")).containsExactly("0-3:430");
        assertThat(scanned("\u0431\u0430\u0430")).isEmpty();
        assertThat(scanned("ab\uFF41")).containsExactly("0-3:ff41");
        // a word character beyond the BMP (U+1D41A) is part of the word; the text may end inside a word
        assertThat(scanned("a\uD835\uDC1A\u0430c")).containsExactly("0-5:430");
        assertThat(scanned("")).isEmpty();
    }
}
