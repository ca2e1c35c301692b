package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

    /** The token walk before the window: one {@code charAt} per character. */
    private static List<String> referenceTokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!pathChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && pathChar(text.charAt(i))) {
                i++;
            }
            tokens.add(start + ":" + text.substring(start, i));
        }
        return tokens;
    }

    private static boolean pathChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '\\';
    }

    @Test
    void cutsTokensAsTheCharacterWalkDidAcrossTheWindowEdge() {
        String[] pieces = {"a", "Z", "7", "_", "-", ".", "/", "\\", " ", "\n", "(", "`", "\u00e9", "\u4e2d",
            "\ud83d\ude00", "\u2014", "references/api.md"};
        Random random = new Random(8192);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = round % 3 == 0 ? random.nextInt(50) : 8180 + random.nextInt(30) + (round % 3 == 2 ? 8192 : 0);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<String> tokens = new ArrayList<>();
            SkillPaths.forEachToken(s, (start, end) -> tokens.add(start + ":" + s.substring(start, end)));
            assertThat(tokens).as("round %d", round).isEqualTo(referenceTokens(s));
        }
    }

    /** Normalising before the shortcut for paths that need none: split, drop, pop, join. */
    private static Optional<String> referenceNormalise(String base, String path) {
        Deque<String> parts = new ArrayDeque<>();
        String joined = base.isEmpty() || path.startsWith("/") ? path : base + "/" + path;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    @Test
    void normalisesAsSplittingAndJoiningDid() {
        String[] pieces = {"a", "b.md", ".", "..", "/", "/", ".x", "x.", "...", "-"};
        Random random = new Random(146);
        int changed = 0;
        for (int round = 0; round < 50_000; round++) {
            String base = round % 3 == 0 ? "" : round % 3 == 1 ? "refs" : "a/../b";
            StringBuilder path = new StringBuilder();
            int n = random.nextInt(7);
            for (int k = 0; k < n; k++) {
                path.append(pieces[random.nextInt(pieces.length)]);
            }
            String p = path.toString();
            Optional<String> expected = referenceNormalise(base, p);
            assertThat(SkillPaths.normalise(base, p)).as("'%s' + '%s'", base, p).isEqualTo(expected);
            if (!expected.equals(Optional.of(base.isEmpty() || p.startsWith("/") ? p : base + "/" + p))) {
                changed++;
            }
        }
        assertThat(changed).as("paths that normalising changes").isGreaterThan(10_000);
    }
}
