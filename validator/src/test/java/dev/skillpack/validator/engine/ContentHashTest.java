package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SipHash-2-4 against the reference vectors of Aumasson and Bernstein's paper (key 00 01 .. 0f). */
class ContentHashTest {
    private static final ContentHash PAPER_KEY = new ContentHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);

    private static byte[] counting(int length) {
        byte[] m = new byte[length];
        for (int i = 0; i < length; i++) {
            m[i] = (byte) i;
        }
        return m;
    }

    @Test
    void matchesTheReferenceVectors() {
        assertThat(PAPER_KEY.hash(counting(15))).isEqualTo(0xa129ca6149be45e5L);
        assertThat(PAPER_KEY.hash(counting(0))).isEqualTo(0x726fdb47dd0e0e31L);
    }

    @Test
    void hashesABufferFromItsPositionToItsLimitWithoutMovingIt() {
        byte[] framed = new byte[40];
        System.arraycopy(counting(15), 0, framed, 3, 15);
        ByteBuffer view = ByteBuffer.wrap(framed).position(3).limit(18).asReadOnlyBuffer();
        assertThat(PAPER_KEY.hash(view)).isEqualTo(0xa129ca6149be45e5L);
        assertThat(view.position()).isEqualTo(3);
        assertThat(view.limit()).isEqualTo(18);
        assertThat(ContentHash.of(ByteBuffer.wrap(counting(23)).asReadOnlyBuffer())).isEqualTo(ContentHash.of(counting(23)));
    }

    @Test
    void theProcessKeyTellsOneByteApart() {
        byte[] a = "name: pdf\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "name: pdg\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentHash.of(a)).hasSize(16).isEqualTo(ContentHash.of(a.clone())).isNotEqualTo(ContentHash.of(b));
    }
}
