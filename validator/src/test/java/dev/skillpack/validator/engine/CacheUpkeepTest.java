package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unused cache entries go after a month, at most one look a day, and nothing but entries is touched. */
class CacheUpkeepTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final String ENTRY = "ab".repeat(31) + ".bin";

    @TempDir
    Path cache;
    @TempDir
    Path outside;

    private Path findings;
    private Path runs;

    @BeforeEach
    void folders() {
        findings = cache.resolve("v1");
        runs = cache.resolve("runs/v1");
    }

    private static Path file(Path path, Duration age) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
        Files.setLastModifiedTime(path, FileTime.from(NOW.minus(age)));
        return path;
    }

    private int prune(Instant now) {
        return CacheUpkeep.pruneIfDue(cache, List.of(findings, runs), now);
    }

    @Test
    void entriesUnusedForAMonthGoAndTheRestStay() throws IOException {
        Path oldFinding = file(findings.resolve("0f/" + ENTRY), Duration.ofDays(31));
        Path oldRun = file(runs.resolve("9a/0123456789abcd.bin"), Duration.ofDays(45));
        Path recentFinding = file(findings.resolve("0f/" + "cd".repeat(31) + ".bin"), Duration.ofDays(29));
        Path strayTemp = file(findings.resolve("0f/0123abcd4711.tmp"), Duration.ofHours(25));
        Path freshTemp = file(runs.resolve("9a/run4711.tmp"), Duration.ofHours(2));

        int deleted = prune(NOW);

        assertThat(deleted).isEqualTo(3);
        assertThat(oldFinding).doesNotExist();
        assertThat(oldRun).doesNotExist();
        assertThat(strayTemp).doesNotExist();
        assertThat(recentFinding).exists();
        assertThat(freshTemp).exists();
        assertThat(Files.getLastModifiedTime(cache.resolve(CacheUpkeep.STAMP)).toInstant()).isEqualTo(NOW);
    }

    @Test
    void onlyNamesOfAnEntrysShapeInEntryFoldersAreDeleted() throws IOException {
        Duration old = Duration.ofDays(90);
        List<Path> kept = List.of(
                file(findings.resolve("0f/notes.txt"), old),
                file(findings.resolve("0f/" + "AB".repeat(31) + ".bin"), old),
                file(findings.resolve("0f/.bin"), old),
                file(findings.resolve("zz/" + ENTRY), old),
                file(findings.resolve("abc/" + ENTRY), old),
                file(findings.resolve(ENTRY), old),
                file(cache.resolve("v0/0f/" + ENTRY), old),
                file(cache.resolve("elsewhere.bin"), old));
        Path target = file(outside.resolve(ENTRY), old);
        Path link = findings.resolve("0f/" + "ef".repeat(31) + ".bin");
        Files.createSymbolicLink(link, target);
        Path linkedShard = findings.resolve("1a");
        Files.createSymbolicLink(linkedShard, outside);

        assertThat(prune(NOW)).isZero();

        assertThat(kept).allMatch(Files::exists);
        assertThat(target).exists();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void oneLookADay() throws IOException {
        file(findings.resolve("0f/" + ENTRY), Duration.ofDays(40));
        assertThat(prune(NOW)).isEqualTo(1);

        Path planted = file(findings.resolve("0f/" + ENTRY), Duration.ofDays(40));
        assertThat(prune(NOW.plus(Duration.ofHours(23)))).isZero();
        assertThat(planted).exists();

        assertThat(prune(NOW.plus(Duration.ofHours(24)))).isEqualTo(1);
        assertThat(planted).doesNotExist();
    }

    @Test
    void aStampFromTheFutureDoesNotStopTheLooks() throws IOException {
        file(cache.resolve(CacheUpkeep.STAMP), Duration.ofDays(-3));
        Path old = file(findings.resolve("0f/" + ENTRY), Duration.ofDays(40));

        assertThat(prune(NOW)).isEqualTo(1);
        assertThat(old).doesNotExist();
    }

    @Test
    void aStampThatIsNotAFileStopsUpkeep() throws IOException {
        Files.createDirectories(cache.resolve(CacheUpkeep.STAMP));
        Path old = file(findings.resolve("0f/" + ENTRY), Duration.ofDays(40));

        assertThat(prune(NOW)).isZero();
        assertThat(old).exists();
    }

    @Test
    void aMissingCacheFolderIsLeftMissing() {
        Path none = cache.resolve("none");

        assertThat(CacheUpkeep.pruneIfDue(none, List.of(none.resolve("v1")), NOW)).isZero();
        assertThat(none).doesNotExist();
    }

    @Test
    void aReadMarksAnEntryUsedAtMostOnceADay() throws IOException {
        Path stale = file(findings.resolve("0f/" + ENTRY), Duration.ofDays(40));
        Path recent = file(findings.resolve("0f/" + "cd".repeat(31) + ".bin"), Duration.ofHours(20));

        CacheUpkeep.markUsed(stale, Files.getLastModifiedTime(stale), NOW);
        CacheUpkeep.markUsed(recent, Files.getLastModifiedTime(recent), NOW);

        assertThat(Files.getLastModifiedTime(stale).toInstant()).isEqualTo(NOW);
        assertThat(Files.getLastModifiedTime(recent).toInstant()).isEqualTo(NOW.minus(Duration.ofHours(20)));
    }
}
