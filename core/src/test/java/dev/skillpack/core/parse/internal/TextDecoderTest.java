package dev.skillpack.core.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Bytes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static DecodedText decode(byte[] bytes) {
        return TextDecoder.decode(Bytes.of(bytes), "s/SKILL.md", "SKILL.md");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsNoEncodingProblem() {
        DecodedText text = decode("bad \ufffd sign\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.problem()).isEmpty();
        assertThat(text.binary()).isFalse();
        assertThat(text.file().text()).isEqualTo("bad \ufffd sign\n");
    }

    @Test
    void malformedBytesAfterAWrittenReplacementCharacterAreFoundWhereTheyAre() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'a', 'b', (byte) 0xC3, 'c'};
        DecodedText text = decode(bytes);
        assertThat(text.binary()).isTrue();
        assertThat(text.file().text()).isEqualTo("\ufffd\nab\ufffdc");
        assertThat(text.problem()).hasValueSatisfying(p -> {
            assertThat(p.message()).isEqualTo("file is not valid UTF-8: byte 0xC3 at byte offset 6 cannot be decoded; "
                    + "save the file as UTF-8");
            assertThat(p.span().line()).isEqualTo(2);
            assertThat(p.span().column()).isEqualTo(3);
        });
    }

    @Test
    void wellFormedTextWithABomHasNoProblem() {
        DecodedText text = decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
        assertThat(text.problem()).isEmpty();
        assertThat(text.file().byteOrderMark()).isTrue();
        assertThat(text.file().text()).isEqualTo("hi");
    }
}
