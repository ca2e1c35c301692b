package dev.skillpack.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoReasonTest {
    @TempDir
    Path dir;

    @Test
    void reasonsNameNoExceptionClass() {
        assertThat(IoReason.of(new NoSuchFileException("/x/y"))).isEqualTo("no such file or folder");
        assertThat(IoReason.of(new AccessDeniedException("/x/y"))).isEqualTo("permission denied");
        assertThat(IoReason.of(new NotDirectoryException("/x/y"))).isEqualTo("a file is where a folder should be");
        assertThat(IoReason.of(new FileSystemException("/x/y", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(IoReason.of(new MalformedInputException(1))).isEqualTo("not valid UTF-8");
        assertThat(IoReason.of(new IOException())).isEqualTo("input/output error");
        assertThat(IoReason.of(new IOException("disk error"))).isEqualTo("disk error");
    }

    @Test
    void aRealFailureReadsAsWords() {
        IOException thrown = null;
        try {
            Files.readAllBytes(dir.resolve("missing/file.txt"));
        } catch (IOException e) {
            thrown = e;
        }
        assertThat(thrown).isNotNull();
        assertThat(IoReason.of(thrown)).isEqualTo("no such file or folder").doesNotContain("Exception");
        IOException folder = null;
        try {
            Files.readAllBytes(dir);
        } catch (IOException e) {
            folder = e;
        }
        assertThat(folder).isNotNull();
        assertThat(IoReason.of(folder)).isEqualTo("is a directory");
    }
}
