package dev.skillpack.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary-free bound of {@link TokenBound} is never below the exact count (jtokkit, itself checked
 * against tiktoken by {@link TokenParityTest}), stays close enough to settle budgets, and its table is
 * exactly the vocabulary's ASCII tokens. Regenerate the table with
 * {@code ./mvnw -pl core test -Dtest=TokenBoundTest -Dskillpack.updateData=true}.
 */
class TokenBoundTest {
    private static final Path TABLE = Path.of("src/main/resources/dev/skillpack/core/tokens", TokenBound.O200K_TABLE);
    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    @Test
    void theStoredSlotsFindEveryTokenAndNothingElse() throws IOException {
        List<byte[]> tokens = asciiTokensOfVocabulary();
        Set<String> known = new HashSet<>();
        for (byte[] token : tokens) {
            known.add(new String(token, StandardCharsets.US_ASCII));
        }
        AsciiTokenTable table = AsciiTokenTable.load(TokenBound.O200K_TABLE);
        int found = 0;
        int longerFound = 0;
        for (String token : known) {
            found += table.isToken(("<" + token + ">").toCharArray(), 1, token.length() + 1) ? 1 : 0;
            String longer = token + "q";
            assertThat(table.isToken(longer.toCharArray(), 0, longer.length())).as(longer).isEqualTo(known.contains(longer));
            longerFound += known.contains(longer) ? 1 : 0;
        }
        assertThat(found).isEqualTo(known.size()).isEqualTo(128_707);
        assertThat(longerFound).isPositive();
    }

    @Test
    void theResourceHoldsHeaderStartsSlotsAndBytes() {
        byte[] one = AsciiTokenTable.encode(List.of("ab".getBytes(StandardCharsets.US_ASCII)));
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(one);
        assertThat(one).hasSize(16 + 4 * 2 + 4 * 16 + 2);
        assertThat(new int[] {data.getInt(), data.getInt(), data.getInt(), data.getInt()})
                .containsExactly(AsciiTokenTable.MAGIC, 2, 1, 16);
        assertThat(new int[] {data.getInt(), data.getInt()}).containsExactly(0, 2);
        int[] slots = new int[16];
        data.asIntBuffer().get(slots);
        assertThat(slots).containsOnly(-1, 0);
        assertThat(java.util.Arrays.stream(slots).filter(s -> s == 0).count()).isEqualTo(1);
        assertThat(new String(one, one.length - 2, 2, StandardCharsets.US_ASCII)).isEqualTo("ab");
        assertThatThrownBy(() -> AsciiTokenTable.load("no-such-table.bin"))
                .isInstanceOf(IllegalStateException.class).hasMessage("missing resource no-such-table.bin");
    }

    @Test
    void thePatternIsTheEncodersOwn() throws Exception {
        Class<?> type = O200K.getClass();
        Field field = type.getDeclaredField("pattern");
        field.setAccessible(true);
        Pattern theirs = (Pattern) field.get(O200K);
        assertThat(TokenBound.O200K_PATTERN).isEqualTo(theirs.pattern());
        assertThat(theirs.flags()).isEqualTo(Pattern.compile("", Pattern.UNICODE_CHARACTER_CLASS).flags());
    }

    @Test
    void theTableHoldsExactlyTheVocabularysAsciiTokens() throws IOException {
        byte[] expected = tableFromVocabulary();
        if (Boolean.getBoolean("skillpack.updateData")) {
            Files.write(TABLE, expected);
        }
        assertThat(Files.readAllBytes(TABLE)).as("regenerate with -Dskillpack.updateData=true").isEqualTo(expected);
        AsciiTokenTable table = AsciiTokenTable.load(TokenBound.O200K_TABLE);
        assertThat(table.size()).isEqualTo(128_707);
        assertThat(table.isToken(" the".toCharArray(), 0, 4)).isTrue();
        assertThat(table.isToken("x the".toCharArray(), 1, 5)).isTrue();
        assertThat(table.isToken(" thexq".toCharArray(), 0, 6)).isFalse();
        assertThat(table.isToken(" thé".toCharArray(), 0, 4)).isFalse();
        assertThat(O200K.countTokensOrdinary(" the")).isEqualTo(1);
    }

    @Test
    void theBoundIsNeverBelowTheExactCountOnRealFiles() throws IOException {
        long exact = 0;
        long bound = 0;
        int files = 0;
        List<Path> all = new ArrayList<>(textFiles(Path.of("src/test/resources")));
        all.addAll(textFiles(Path.of("../example-skills/src/main/skills")));
        for (Path file : all) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int count = O200K.countTokensOrdinary(text);
            long upper = TokenBound.o200kUpper(text, Long.MAX_VALUE);
            assertThat(upper).as(file.toString()).isGreaterThanOrEqualTo(count);
            for (String line : text.split("\n")) {
                assertThat(TokenBound.o200kUpper(line, Long.MAX_VALUE)).as(file + ": " + line)
                        .isGreaterThanOrEqualTo(O200K.countTokensOrdinary(line));
            }
            exact += count;
            bound += upper;
            files++;
        }
        assertThat(files).isGreaterThan(60);
        // close enough to settle budgets: about 1.4 times the exact count on real skills (UTF-8 size: about 4)
        assertThat((double) bound / exact).isBetween(1.0, 1.7);
    }

    @Test
    void theBoundIsNeverBelowTheExactCountOnRandomText() {
        String[] atoms = {"a", "Z", "the", " the", "'s", "'LL", "'re", " ", "  ", "\t", "\n", "\r\n", "\n\n", "0", "123",
            "4567", "é", "É", "ß", "\u0301", "日本", "語", "\uD83D\uDE00", "\uD83D", "\uDE00", "-", "--", "/", ".", ",",
            "(", ")", "{", "}", "`", "```", "#", "**", "_", "\\", "\"", "'", " ", "\u00A0", "\u2028", "\u200B", "<|endoftext|>",
            "Use", " Use", "URL", " HTTP", "getValue", "snake_case", "x\u0000y", "\u0007", "ünïcödé", "Ω", "ﬁ"};
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            String s = text.toString();
            assertThat(TokenBound.o200kUpper(s, Long.MAX_VALUE)).as(s).isGreaterThanOrEqualTo(O200K.countTokensOrdinary(s));
        }
    }

    @Test
    void stoppingEarlyStillAnswersAboveTheLimit() {
        String text = "word ".repeat(1000);
        assertThat(TokenBound.o200kUpper(text, 10)).isGreaterThan(10).isLessThan(20);
        assertThat(TokenBound.o200kUpper(text, Long.MAX_VALUE)).isEqualTo(O200K.countTokensOrdinary(text)).isEqualTo(1001);
    }

    @Test
    void aBudgetSettledByTheBoundLoadsNoVocabulary() {
        TokenCounter counter = TokenCounter.of(Tokenizer.O200K_BASE);
        String prose = "Use the linear tool when the user asks about issues, projects or cycles. ".repeat(40);
        assertThat(prose.length()).isGreaterThan(2_000);
        assertThat(counter.countIfOver(prose, 1_000)).isEqualTo(-1);
        assertThat(counter.loaded()).isFalse();
        assertThat(counter.countIfOver(prose, 100)).isEqualTo(O200K.countTokensOrdinary(prose));
        assertThat(counter.loaded()).isTrue();
        assertThat(counter.countIfOver(prose, 1_000)).isEqualTo(-1);
    }

    @Test
    void cl100kIsSettledBySizeOnlyButStillRight() {
        TokenCounter counter = TokenCounter.of(Tokenizer.CL100K_BASE);
        String prose = "Use the linear tool when the user asks about issues. ".repeat(40);
        assertThat(counter.countIfOver("short", 10)).isEqualTo(-1);
        assertThat(counter.loaded()).isFalse();
        assertThat(counter.countIfOver(prose, 1_000)).isEqualTo(-1);
        assertThat(counter.loaded()).isTrue();
    }

    private static byte[] tableFromVocabulary() throws IOException {
        return AsciiTokenTable.encode(asciiTokensOfVocabulary());
    }

    private static List<byte[]> asciiTokensOfVocabulary() throws IOException {
        List<byte[]> tokens = new ArrayList<>();
        try (InputStream in = Encoding.class.getResourceAsStream("/com/knuddels/jtokkit/o200k_base.tiktoken")) {
            assertThat(in).as("jtokkit's o200k_base vocabulary").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                byte[] token = Base64.getDecoder().decode(line.substring(0, line.indexOf(' ')));
                if (token.length >= 2 && ascii(token)) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private static boolean ascii(byte[] token) {
        for (byte b : token) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> textFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|txt|py|js|ts|sh|java|json|yaml|yml|html|xml|csv)$"))
                    .sorted().toList();
        }
    }
}
