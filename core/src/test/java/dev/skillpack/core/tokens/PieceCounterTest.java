package dev.skillpack.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
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
 * Counting piece by piece, remembering each piece's count, gives exactly the encoder's count of the whole
 * text (the pieces of a text counted on their own split into themselves).
 */
class PieceCounterTest {
    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    @Test
    void equalsTheEncodersCountOnEveryRealFileAndLineTwice() throws IOException {
        PieceCounter counter = new PieceCounter(O200K);
        List<Path> all = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../example-skills/src/main/skills"))) {
            try (Stream<Path> files = Files.walk(root)) {
                all.addAll(files.filter(Files::isRegularFile).toList());
            }
        }
        assertThat(all).hasSizeGreaterThan(60);
        for (int round = 0; round < 2; round++) {
            for (Path file : all) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertThat(counter.count(text)).as(file.toString()).isEqualTo(O200K.countTokensOrdinary(text));
                for (String line : text.split("\n")) {
                    assertThat(counter.count(line)).as(file + ": " + line).isEqualTo(O200K.countTokensOrdinary(line));
                }
            }
        }
    }

    @Test
    void equalsTheEncodersCountOnRandomText() {
        String[] atoms = {"a", "Z", "the", " the", "'s", "'LL", "'re", "'\u017f", "'S", " ", "  ", "   ", "\t", "\n", "\r\n",
            "\n\n", " \n ", "0", "123", "4567", "\u00e9", "\u00c9", "\u00df", "\u0301", "\u02b0", "\u01c5", "\u65e5\u672c",
            "\u8a9e", "\u2167", "\u00bd", "\uD83D\uDE00", "\uD83D", "\uDE00", "-", "--", "/", "//", ".", ",", "(", ")", "{",
            "`", "```", "#", "**", "_", "\\", "\"", "'", "\u00A0", "\u2028", "\u0085", "\u200B", "\u3000", "<|endoftext|>",
            "Use", " Use", "URL", " HTTP", "getValue", "snake_case", "x\u0000y", "\u0007", "\u00fcn\u00efc\u00f6d\u00e9",
            "\u03a9", "\ufb01", "\u20dd", "\u0903", "A\u0301b", "Supercalifragilisticexpialidocious", "0x1F", "v1.2.3"};
        Random random = new Random(20261202);
        PieceCounter counter = new PieceCounter(O200K);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            String s = text.toString();
            assertThat(counter.count(s)).as(s).isEqualTo(O200K.countTokensOrdinary(s));
        }
    }

    @Test
    void aLongPieceIsCountedRightWithoutBeingRemembered() {
        PieceCounter counter = new PieceCounter(O200K);
        String blob = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(20);
        assertThat(counter.count(blob)).isEqualTo(O200K.countTokensOrdinary(blob));
        assertThat(counter.count(blob + " " + blob)).isEqualTo(O200K.countTokensOrdinary(blob + " " + blob));
    }
}
