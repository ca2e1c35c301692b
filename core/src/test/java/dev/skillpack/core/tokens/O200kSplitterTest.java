package dev.skillpack.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written splitter finds exactly the pieces the o200k pattern finds. */
class O200kSplitterTest {
    /** Pieces of text of every character kind the pattern distinguishes. */
    static final String[] ATOMS = {"a", "Z", "the", " the", "'s", "'S", "'\u017f", "'LL", "'lL", "'re", "'Ve", "'m",
        "'d", "'t", "'", "''", " ", "  ", "   ", "\t", "\n", "\r", "\r\n", "\n\n", " \n ", "\u000b", "\u000c",
        "\u0085", "\u00a0",
        "\u1680", "\u2000", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e", "\u200b", "\ufeff", "0",
        "123", "4567", "\u0663", "\u2167", "\u00bd", "\u00b2", "\u00e9", "\u00c9", "\u00df", "\u0301", "\u20dd",
        "\u0903", "\u02b0", "\u01c5", "\u1fbc", "\u65e5\u672c", "\u8a9e", "\u05d0", "\u0627", "\u3042", "\u00aa",
        "\uD835\uDC00", "\uD835\uDC1A", "\uD83D\uDE00", "\uD800\uDD07", "\uD83D", "\uDE00", "-", "--", "/", "//", ".",
        ",", "(", ")", "{", "`", "```", "#", "**", "_", "\\", "\"", "$", "\u00a7", "\u2014", "\u201c", "\u00ae",
        "<|endoftext|>", "Use", " Use", "URL", " HTTP", "getValue", "snake_case", "x\u0000y", "\u0007", "\u007f",
        "\u00fcn\u00efc\u00f6d\u00e9", "\u03a9", "\u0130", "\u212a", "\ufb01", "A\u0301b", "\u0301\u0301", "0x1F",
        "v1.2.3", "e\u0301", "I'M", "DON'T", "don\u2019t"};

    @Test
    void splitsEveryRealFileAsThePatternDoes() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../example-skills/src/main/skills"))) {
            try (Stream<Path> files = Files.walk(root)) {
                all.addAll(files.filter(Files::isRegularFile).sorted().toList());
            }
        }
        assertThat(all).hasSizeGreaterThan(60);
        for (Path file : all) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(pieces(text)).as(file.toString()).isEqualTo(patternPieces(text));
        }
    }

    @Test
    void splitsRandomTextOfEveryCharacterKindAsThePatternDoes() {
        Random random = new Random(20261202);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int j = 0; j < n; j++) {
                text.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            String s = text.toString();
            List<String> ours = pieces(s);
            List<String> theirs = patternPieces(s);
            if (!ours.equals(theirs)) {
                assertThat(ours).as(escape(s)).isEqualTo(theirs);
            }
        }
    }

    @Test
    void splitsEveryCharacterOfTheFirstThreePlanesAndTheTagsAsThePatternDoes() {
        IntStream planes = IntStream.concat(IntStream.range(0, 0x30000),
                IntStream.range(0xE0000, 0xE0200));
        for (int c : planes.toArray()) {
            String one = new String(Character.toChars(c));
            for (String s : List.of("a" + one + "b", " " + one + one + "A1", "'" + one + "'s")) {
                List<String> ours = pieces(s);
                List<String> theirs = patternPieces(s);
                if (!ours.equals(theirs)) {
                    assertThat(ours).as("U+%04X in %s", c, escape(s)).isEqualTo(theirs);
                }
            }
        }
    }

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        char[] chars = text.toCharArray();
        for (int at = 0; at < text.length(); ) {
            int end = O200kSplitter.next(chars, chars.length, at);
            if (end <= at) {
                throw new AssertionError("no progress at " + at + " in " + escape(text));
            }
            pieces.add(text.substring(at, end));
            at = end;
        }
        return pieces;
    }

    private static List<String> patternPieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = TokenBound.o200kPieces(text);
        int last = 0;
        while (m.find()) {
            if (m.start() != last) {
                throw new AssertionError("the pattern left a gap at " + last + " in " + escape(text));
            }
            pieces.add(m.group());
            last = m.end();
        }
        if (last != text.length()) {
            throw new AssertionError("the pattern left the end of " + escape(text));
        }
        return pieces;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
