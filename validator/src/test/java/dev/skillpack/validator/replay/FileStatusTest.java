package dev.skillpack.validator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK's stat record and the {@code unix:} view by names give the same status for every kind of path. */
class FileStatusTest {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    @TempDir
    Path dir;

    @Test
    void theStatRecordIsReadWhereThePackageIsOpenAsInTheCliJar() {
        // the build opens sun.nio.fs to the tests as the CLI jar's manifest opens it to the CLI
        assertThat(FileStatus.readsRecord()).isTrue();
    }

    @Test
    void bothWaysGiveTheSameStatusForFilesFoldersLinksAndMissingPaths() throws IOException {
        Path file = Files.writeString(dir.resolve("SKILL.md"), "---\nname: a\n---\n");
        Path folder = Files.createDirectories(dir.resolve("references"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), file);
        Path broken = Files.createSymbolicLink(dir.resolve("broken.md"), dir.resolve("nowhere"));
        for (Path path : new Path[] {file, folder, link, broken, dir.resolve("missing"), dir}) {
            for (LinkOption[] options : new LinkOption[][] {NOFOLLOW, FOLLOW}) {
                assertThat(FileStatus.fromRecord(path, options)).usingRecursiveComparison()
                        .as("%s %s", path, options.length)
                        .isEqualTo(FileStatus.byNames(path, options));
            }
        }
        FileStatus status = FileStatus.fromRecord(file, NOFOLLOW);
        assertThat(status.error).isNull();
        assertThat(status.size).isEqualTo(16);
        assertThat(status.mode & 0170000).isEqualTo(0100000);
        assertThat(status.changed).isPositive();
        assertThat(FileStatus.fromRecord(dir.resolve("missing"), NOFOLLOW)).isSameAs(FileStatus.MISSING);
        assertThat(FileStatus.fromRecord(dir.resolve("SKILL.md/below"), NOFOLLOW).error)
                .isEqualTo("java.nio.file.FileSystemException");
    }

    @Test
    void timesOutOfRangeSaturateAsFileTimeDoes() {
        assertThat(FileStatus.nanos(1_700_000_000L, 5)).isEqualTo(1_700_000_000_000_000_005L);
        assertThat(FileStatus.nanos(Long.MAX_VALUE / 10, 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(FileStatus.nanos(Long.MIN_VALUE / 10, 0)).isEqualTo(Long.MIN_VALUE);
    }
}
