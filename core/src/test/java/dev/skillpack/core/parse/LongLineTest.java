package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.TextFile;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first over-long line, read off the line map, against the search for line feeds it replaced. */
class LongLineTest {
    /** The offset of the first line longer than {@code max}, as the old {@code indexOf} loop found it; -1 for none. */
    private static int searched(String text, int max) {
        if (text.length() <= max) {
            return -1;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > max) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    @Test
    void findsTheLineTheSearchFound() {
        Random random = new Random(12);
        int found = 0;
        for (int round = 0; round < 600; round++) {
            int max = 1 + random.nextInt(30);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            while (text.length() < length) {
                int line = random.nextInt(max + 3);
                text.append("x".repeat(line)).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            if (random.nextBoolean()) {
                text.append("y".repeat(random.nextInt(max + 3)));
            }
            String s = text.toString();
            TextFile file = TextFile.of("f.md", "f.md", s, false, s.length());
            int expected = searched(s, max);
            Optional<ParseProblem> problem = SkillParser.longLine(file, max);
            assertThat(problem.map(p -> p.span().offset())).as("round %d", round)
                    .isEqualTo(expected < 0 ? Optional.empty() : Optional.of(expected));
            found += expected < 0 ? 0 : 1;
        }
        assertThat(found).isBetween(100, 500);
        assertThat(SkillParser.longLine(TextFile.of("f.md", "f.md", "ab\nabcd\n", false, 8), 3).orElseThrow().message())
                .startsWith("line is 4 characters long; the limit is 3.");
    }
}
