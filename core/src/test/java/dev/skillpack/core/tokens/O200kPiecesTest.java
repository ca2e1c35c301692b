package dev.skillpack.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walking a text window by window finds the pieces the splitter finds on the whole text, and the windowed UTF-8
 * length is the per-character one.
 */
class O200kPiecesTest {
    private static List<String> walked(String text, int window) {
        List<String> pieces = new ArrayList<>();
        O200kPieces walk = new O200kPieces(text, window);
        while (walk.next()) {
            if (walk.end() <= walk.start()) {
                throw new AssertionError("no progress at " + walk.start());
            }
            pieces.add(new String(walk.chars(), walk.start(), walk.end() - walk.start()));
        }
        return pieces;
    }

    /** The UTF-8 length as the whole-text loop counted it before the window: a lone surrogate counts 3. */
    private static long utf8Reference(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    @Test
    void walksEveryRealFileAsTheWholeTextSplits() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../example-skills/src/main/skills"))) {
            try (Stream<Path> files = Files.walk(root)) {
                all.addAll(files.filter(Files::isRegularFile).sorted().toList());
            }
        }
        assertThat(all).hasSizeGreaterThan(60);
        for (Path file : all) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<String> whole = O200kSplitterTest.pieces(text);
            for (int window : new int[] {1, 7, 64, 1000, O200kPieces.WINDOW}) {
                assertThat(walked(text, window)).as("%s, window %d", file, window).isEqualTo(whole);
            }
            assertThat(TokenBound.utf8Length(text)).as(file.toString()).isEqualTo(utf8Reference(text));
        }
    }

    @Test
    void walksRandomLinesAsTheWholeTextSplits() {
        Random random = new Random(10);
        // line breaks before letters and digits are where a window may end; surround them with every kind
        String[] edges = {"\nA", "\n1", "\na", "\n\nb", "\r\nc", " \nd", ".\ne", "'\ns", "\n/", "\n ", "\n\u00e9"};
        for (int i = 0; i < 8_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                text.append(random.nextInt(3) == 0 ? edges[random.nextInt(edges.length)]
                        : O200kSplitterTest.ATOMS[random.nextInt(O200kSplitterTest.ATOMS.length)]);
            }
            String s = text.toString();
            List<String> whole = O200kSplitterTest.pieces(s);
            for (int window : new int[] {1, 2, 5, 16}) {
                List<String> ours = walked(s, window);
                if (!ours.equals(whole)) {
                    assertThat(ours).as("window %d: %s", window, s).isEqualTo(whole);
                }
            }
        }
    }

    @Test
    void countsUtf8AcrossTheWindowEdge() {
        Random random = new Random(8192);
        String[] chars = {"a", "\u00e9", "\u4e2d", "\uD83D\uDE00", "\uD83D", "\uDE00", "\n"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = i % 3 == 0 ? random.nextInt(40) : 8180 + random.nextInt(30) + (i % 3 == 2 ? 8192 : 0);
            while (text.length() < length) {
                text.append(chars[random.nextInt(chars.length)]);
            }
            String s = text.toString();
            assertThat(TokenBound.utf8Length(s)).as("length %d", s.length()).isEqualTo(utf8Reference(s));
        }
    }
}
