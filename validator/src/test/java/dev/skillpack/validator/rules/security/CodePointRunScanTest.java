package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.analysis.UnusualCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The run walk of SP401–SP404 over the marked characters against the walk it replaced (every character through a
 * window, one {@code codePointAt} per character outside printable ASCII, after a prefilter), on generated texts,
 * with the four rules' own tests of which code points they flag.
 */
class CodePointRunScanTest {
    private static final String[] PIECES = {"a", "Z", " ", "#", "\n", "\t", "\r", "\r\n", "\u0000", "\u0007",
        "\u0008", "\u001B", "\u001B[2J", "\u007F", "\u0085", "\u00AD", "\u00E9", "\u034F", "\u200B", "\u200C",
        "\u200D", "\u200E", "\u2028", "\u202A", "\u202E", "\u2060", "\u2066", "\u2069", "\uFEFF", "\uFFA0",
        "\uDB40\uDC41", "\uDB40\uDC20", "\uDB40\uDC7F", "\uDB40\uDD00", "\uD834\uDD73", "\uD83C\uDFF4",
        "\uD83D\uDE00", "\uDB40", "\uDC41", "\u4E2D", "\u0430"};

    /** A rule's test of a code point, as its {@code flagged} method decides with default options. */
    private interface Flagged {
        boolean test(String text, int index, int cp);
    }

    private record Case(String name, boolean whole, Flagged flagged) {
    }

    private static final List<Case> CASES = List.of(
            new Case("SP401", false, (text, index, cp) -> cp >= 0xE0000 && cp <= 0xE007F),
            new Case("SP402", true, (text, index, cp) -> BidiControlRule.isBidiControl(cp)),
            new Case("SP403", false, CodePointRunScanTest::invisible),
            new Case("SP404", true, CodePointRunScanTest::control),
            // each rule's test in the other mode too, so both ways a run ends are exercised on every code point
            new Case("SP401 whole", true, (text, index, cp) -> cp >= 0xE0000 && cp <= 0xE007F),
            new Case("SP402 runs", false, (text, index, cp) -> BidiControlRule.isBidiControl(cp)),
            new Case("SP403 whole", true, CodePointRunScanTest::invisible),
            new Case("SP404 runs", false, CodePointRunScanTest::control));

    private static boolean invisible(String text, int index, int cp) {
        if (!InvisibleCharacterRule.isInvisible(cp)) {
            return false;
        }
        if (cp == 0x200C || cp == 0x200D) {
            boolean asciiBefore = index == 0 || text.codePointBefore(index) < 0x80;
            int after = index + 1;
            boolean asciiAfter = after >= text.length() || text.codePointAt(after) < 0x80;
            return asciiBefore || asciiAfter;
        }
        return true;
    }

    private static boolean control(String text, int index, int cp) {
        if (cp == '\r') {
            return index + 1 < text.length() && text.charAt(index + 1) != '\n' && text.indexOf('\n') >= 0;
        }
        return cp < 0x20 && cp != '\t' && cp != '\n' || cp >= 0x7F && cp <= 0x9F;
    }

    private static List<String> scanned(String text, Case c) {
        List<String> out = new ArrayList<>();
        UnusualCharacters marks = UnusualCharacters.of(text);
        if (marks.any()) {
            CodePointRunRule.runs(text, marks, c.whole(), (index, cp) -> c.flagged().test(text, index, cp),
                    (start, end) -> out.add(start + "-" + end));
        }
        return out;
    }

    /** The walk before the shared marks, as {@code CodePointRunRule.checkSkill} ran it. */
    private static List<String> reference(String text, Case c) {
        List<String> out = new ArrayList<>();
        if (!hadUnusual(text)) {
            return out;
        }
        int runStart = -1;
        int runEnd = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                if (runStart >= 0 && !c.whole()) {
                    out.add(runStart + "-" + runEnd);
                    runStart = -1;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            boolean flag = c.flagged().test(text, i, cp);
            int next = i + Character.charCount(cp);
            if (flag) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = next;
            } else if (runStart >= 0 && (cp == '\n' || !c.whole())) {
                out.add(runStart + "-" + runEnd);
                runStart = -1;
            }
            i = next;
        }
        if (runStart >= 0) {
            out.add(runStart + "-" + runEnd);
        }
        return out;
    }

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
    void findsTheRunsTheCharacterWalkFound() {
        Random random = new Random(404);
        int nonEmpty = 0;
        for (int round = 0; round < 800; round++) {
            StringBuilder text = new StringBuilder();
            int length = switch (round % 4) {
                case 0 -> 8185 + random.nextInt(16);
                case 1 -> random.nextInt(20_000);
                default -> random.nextInt(80);
            };
            // dense texts (runs touch) and sparse ones (long plain gaps, lines without any flagged character)
            int plain = round % 3 == 0 ? 40 : round % 3 == 1 ? 4 : 1;
            while (text.length() < length) {
                text.append(random.nextInt(plain) == 0 ? PIECES[random.nextInt(PIECES.length)]
                        : random.nextInt(8) == 0 ? "\n" : "x");
            }
            String s = text.toString();
            for (Case c : CASES) {
                List<String> expected = reference(s, c);
                nonEmpty += expected.isEmpty() ? 0 : 1;
                assertThat(scanned(s, c)).as("%s, round %d", c.name(), round).isEqualTo(expected);
            }
        }
        assertThat(nonEmpty).as("texts where a case found runs").isGreaterThan(2000);
    }

    @Test
    void endsAWholeLineRunAtTheLineFeedOnly() {
        Case bidi = CASES.get(1);
        String text = "a\u202Eb c\u2066d\u00E9\u2069\nx\u202A";
        assertThat(scanned(text, bidi)).containsExactly("1-9", "11-12").isEqualTo(reference(text, bidi));
        Case tags = CASES.get(0);
        String tagged = "x\uDB40\uDC41\uDB40\uDC42 \uDB40\uDC43";
        assertThat(scanned(tagged, tags)).containsExactly("1-5", "6-8").isEqualTo(reference(tagged, tags));
    }

    @Test
    void skipsAFileOfPlainAsciiLinesEvenWithACarriageReturnInsideALine() {
        Case control = CASES.get(3);
        assertThat(reference("one\rtwo\nthree\n", control)).isEmpty();
        assertThat(scanned("one\rtwo\nthree\n", control)).isEmpty();
        assertThat(scanned("one\rtwo\n\u00E9\n", control)).containsExactly("3-4").isEqualTo(
                reference("one\rtwo\n\u00E9\n", control));
    }
}
