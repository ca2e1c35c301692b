package dev.skillpack.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A stream that hands out at most a few bytes per read, as pipes and sockets do. */
    private static InputStream trickle(byte[] content) {
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    @Test
    void readGivesWhatReadNBytesGivesWhateverLengthWasExpected() throws IOException {
        for (int n : new int[] {0, 1, 7, 100, 70_000, 200_000}) {
            byte[] content = random(n, n);
            for (long expected : new long[] {0, 1, n - 1L, n, n + 1L, 2L * n + 5, -3}) {
                for (int max : new int[] {0, 1, n / 2, n, n + 1, Integer.MAX_VALUE - 8}) {
                    byte[] want = new ByteArrayInputStream(content).readNBytes(max);
                    assertThat(Bytes.read(new ByteArrayInputStream(content), expected, max).toByteArray())
                            .as("n=%d expected=%d max=%d", n, expected, max).isEqualTo(want);
                    assertThat(Bytes.read(trickle(content), expected, max).toByteArray())
                            .as("trickled n=%d expected=%d max=%d", n, expected, max).isEqualTo(want);
                }
            }
        }
    }

    @Test
    void readLeavesTheRestOfTheStreamUnread() throws IOException {
        InputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5});
        assertThat(Bytes.read(in, 5, 3).toByteArray()).containsExactly(1, 2, 3);
        assertThat(in.readAllBytes()).containsExactly(4, 5);
        assertThatThrownBy(() -> Bytes.read(in, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readValuesAreEqualToCopiedOnesAndCannotBeChangedThroughTheirViews() throws IOException {
        byte[] content = random(1000, 5);
        Bytes read = Bytes.read(new ByteArrayInputStream(content), 1000, 5000);
        assertThat(read).isEqualTo(Bytes.of(content)).hasSameHashCodeAs(Bytes.of(content));
        read.toByteArray()[0]++;
        ByteBuffer view = read.asReadOnlyBuffer();
        assertThat(view.isReadOnly()).isTrue();
        assertThatThrownBy(() -> view.put(0, (byte) 1)).isInstanceOf(ReadOnlyBufferException.class);
        assertThat(view.remaining()).isEqualTo(1000);
        assertThat(view.get(999)).isEqualTo(content[999]);
        assertThat(read.toByteArray()).isEqualTo(content);
        assertThat(Bytes.read(new ByteArrayInputStream(new byte[0]), 10, 10)).isSameAs(Bytes.empty());
    }

    @Test
    void decodesUtf8LikeTheStringConstructor() {
        byte[] text = "a\u00e9\u20ac\ud83d\ude00\n\u0430".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'a', (byte) 0xC3, 'b', (byte) 0xF0, (byte) 0x9F, 'c', (byte) 0xFF};
        for (byte[] b : new byte[][] {text, bad, random(5000, 9)}) {
            Bytes bytes = Bytes.of(b);
            for (int from = 0; from <= b.length; from += Math.max(1, b.length / 7)) {
                assertThat(bytes.decodeUtf8(from, b.length))
                        .isEqualTo(new String(b, from, b.length - from, StandardCharsets.UTF_8));
            }
        }
        assertThat(Bytes.of(text).decodeUtf8(1, 3)).isEqualTo("\u00e9");
    }

    @Test
    void findsTheFirstMalformedByteWhereAStrictDecoderStops() {
        assertThat(Bytes.of("ok \u00e9\ud83d\ude00".getBytes(StandardCharsets.UTF_8)).firstMalformedUtf8(0))
                .isEqualTo(-1);
        assertThat(Bytes.empty().firstMalformedUtf8(0)).isEqualTo(-1);
        byte[] bad = {'a', 'b', (byte) 0xC3, 'c', (byte) 0xFF};
        assertThat(Bytes.of(bad).firstMalformedUtf8(0)).isEqualTo(2);
        assertThat(Bytes.of(bad).firstMalformedUtf8(3)).isEqualTo(4);
        // a truncated sequence at the end, and an overlong encoding
        assertThat(Bytes.of(new byte[] {'x', (byte) 0xE2, (byte) 0x82}).firstMalformedUtf8(0)).isEqualTo(1);
        assertThat(Bytes.of(new byte[] {(byte) 0xC0, (byte) 0xAF}).firstMalformedUtf8(0)).isEqualTo(0);
        // past the scratch buffer
        byte[] longBad = new byte[20_000];
        java.util.Arrays.fill(longBad, (byte) 'a');
        longBad[17_001] = (byte) 0x80;
        assertThat(Bytes.of(longBad).firstMalformedUtf8(0)).isEqualTo(17_001);
    }

    /** Well-formed UTF-8 of every width, with runs of ASCII, Latin-1 and other characters of any length. */
    private static byte[] wellFormed(Random random, int chars) {
        String[] pieces = {"a", "Z", " ", "\n", "\u00e9", "\u00ff", "\u0100", "\u20ac", "\u4e2d", "\ud83d\ude00",
            "\u0430", "\ufffd", "\ufeff"};
        StringBuilder text = new StringBuilder();
        int ascii = random.nextInt(3) == 0 ? random.nextInt(9000) : 0;
        text.append("x".repeat(ascii));
        while (text.length() < chars) {
            String piece = pieces[random.nextInt(pieces.length)];
            text.append(piece.repeat(1 + random.nextInt(random.nextBoolean() ? 3 : 300)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesWellFormedUtf8ToTheTextTheStringConstructorMakes() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            int chars = round % 3 == 0 ? 8180 + random.nextInt(30) : random.nextInt(round % 3 == 1 ? 40_000 : 50);
            byte[] b = wellFormed(random, chars);
            Bytes bytes = Bytes.of(b);
            int from = b.length == 0 || random.nextBoolean() ? 0 : random.nextInt(b.length);
            while (from < b.length && (b[from] & 0xC0) == 0x80) {
                from++;
            }
            String expected = new String(b, from, b.length - from, StandardCharsets.UTF_8);
            assertThat(bytes.decodeWellFormedUtf8(from, b.length)).as("round %d from %d", round, from)
                    .contains(expected);
        }
        assertThat(Bytes.empty().decodeWellFormedUtf8(0, 0)).contains("");
        assertThat(Bytes.of("ab\u00e9cd".getBytes(StandardCharsets.UTF_8)).decodeWellFormedUtf8(1, 4)).contains("b\u00e9");
    }

    @Test
    void decodesTextThatSwitchesScriptAroundTheLongAsciiRunLength() {
        for (int run = Bytes.LONG_ASCII_RUN - 3; run <= Bytes.LONG_ASCII_RUN + 3; run++) {
            String text = ("\u043f\u0440\u0438\u0432\u0435\u0442" + "a".repeat(run)).repeat(40) + "\u043c\u0438\u0440 "
                    + "b".repeat(run) + "\u20ac" + "word \u0430 ".repeat(3000);
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            assertThat(Bytes.of(b).decodeWellFormedUtf8(0, b.length)).as("run %d", run).contains(text);
            assertThat(Bytes.of(b).decodeWellFormedUtf8(6, b.length - 7)).as("run %d, a slice", run)
                    .contains(new String(b, 6, b.length - 13, StandardCharsets.UTF_8));
            for (int at : new int[] {14 + run / 2, b.length / 2, b.length - 3}) {
                byte[] bad = b.clone();
                bad[at] = (byte) 0xFF;
                assertThat(Bytes.of(bad).decodeWellFormedUtf8(0, bad.length)).as("run %d, bad at %d", run, at).isEmpty();
            }
        }
    }

    @Test
    void decodesNothingWhereAStrictDecoderFindsAMalformedByte() {
        Random random = new Random(9);
        int malformed = 0;
        for (int round = 0; round < 400; round++) {
            byte[] b = wellFormed(random, round % 4 == 0 ? 8185 + random.nextInt(20) : random.nextInt(3000));
            if (b.length > 0 && round % 5 != 0) {
                // a stray byte: a continuation, a lone lead, one that never appears, or a cut at the end
                int at = random.nextInt(b.length);
                b[at] = new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0xFF, (byte) 0xED, (byte) 0xF4}[random.nextInt(5)];
            }
            Bytes bytes = Bytes.of(b);
            boolean wellFormedBytes = bytes.firstMalformedUtf8(0) < 0;
            malformed += wellFormedBytes ? 0 : 1;
            assertThat(bytes.decodeWellFormedUtf8(0, b.length).isPresent()).as("round %d", round)
                    .isEqualTo(wellFormedBytes);
            if (wellFormedBytes) {
                assertThat(bytes.decodeWellFormedUtf8(0, b.length)).contains(new String(b, StandardCharsets.UTF_8));
            }
        }
        assertThat(malformed).isGreaterThan(200);
        assertThat(Bytes.of(new byte[] {'x', (byte) 0xE2, (byte) 0x82}).decodeWellFormedUtf8(0, 3)).isEmpty();
        assertThat(Bytes.of(new byte[] {(byte) 0xC0, (byte) 0xAF}).decodeWellFormedUtf8(0, 2)).isEmpty();
        assertThat(Bytes.of(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}).decodeWellFormedUtf8(0, 4)).isEmpty();
    }
}
