package dev.skillpack.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: {@link TokenCounter} against counts from OpenAI's tiktoken (npm {@code tiktoken}
 * 1.0.22, {@code encode_ordinary}), checked in under {@code tokens/}. Files are read the way the
 * generator read them: UTF-8 with a byte-order mark kept as U+FEFF and line breaks untouched.
 */
class TokenParityTest {
    private static final Path TOKENS = Path.of("src/test/resources/tokens");
    private static final Path REAL_SKILLS = Path.of("src/test/resources/real-skills");
    /** Files the generator skips when they sit directly in the folder it counts. */
    private static final Set<String> NOT_COUNTED =
            Set.of("expected.tsv", "real-skills.tsv", "README.md", "generate.mjs", ".gitattributes");
    private static final TokenCounter O200K = TokenCounter.of(Tokenizer.O200K_BASE);
    private static final TokenCounter CL100K = TokenCounter.of(Tokenizer.CL100K_BASE);

    record Row(Path file, int o200k, int cl100k) {
    }

    private static List<Row> rows(String table, Path folder) throws IOException {
        List<String> lines = Files.readAllLines(TOKENS.resolve(table));
        assertThat(lines.get(0)).isEqualTo("file\to200k_base\tcl100k_base");
        return lines.stream().skip(1).map(line -> line.split("\t"))
                .map(cols -> new Row(folder.resolve(cols[0]), Integer.parseInt(cols[1]), Integer.parseInt(cols[2])))
                .toList();
    }

    static Stream<Arguments> samples() throws IOException {
        return Stream.concat(rows("expected.tsv", TOKENS).stream(), rows("real-skills.tsv", REAL_SKILLS).stream())
                .map(row -> Arguments.of(TOKENS.relativize(row.file()).toString().replace('\\', '/'), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void countsEqualTiktoken(String name, Row row) throws IOException {
        String text = Files.readString(row.file());
        assertThat(O200K.count(text)).as("o200k_base of " + name).isEqualTo(row.o200k());
        assertThat(CL100K.count(text)).as("cl100k_base of " + name).isEqualTo(row.cl100k());
    }

    @Test
    void everySampleFileHasARow() throws IOException {
        assertThat(rows("expected.tsv", TOKENS)).extracting(Row::file)
                .containsExactlyInAnyOrderElementsOf(files(TOKENS, false));
        assertThat(rows("real-skills.tsv", REAL_SKILLS)).extracting(Row::file)
                .containsExactlyInAnyOrderElementsOf(files(REAL_SKILLS, true));
    }

    @Test
    void theSamplesKeepTheirBomAndCrlf() throws IOException {
        assertThat(Files.readString(TOKENS.resolve("utf8-bom.md"))).startsWith("\uFEFF");
        assertThat(Files.readString(TOKENS.resolve("crlf.txt"))).contains("\r\n");
    }

    @Test
    void estimateIsOneTokenPerFourCharactersRoundedUp() {
        assertThat(TokenCounter.estimate("")).isZero();
        assertThat(TokenCounter.estimate("abcd")).isEqualTo(1);
        assertThat(TokenCounter.estimate("abcde")).isEqualTo(2);
        assertThat(O200K.count("")).isZero();
        assertThat(O200K.count("<|endoftext|>")).isGreaterThan(1);
    }

    private static List<Path> files(Path folder, boolean recursive) throws IOException {
        try (Stream<Path> walk = recursive ? Files.walk(folder) : Files.list(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !(p.getParent().equals(folder) && NOT_COUNTED.contains(p.getFileName().toString())))
                    .toList();
        }
    }
}
