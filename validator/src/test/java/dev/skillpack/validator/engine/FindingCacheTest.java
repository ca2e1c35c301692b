package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings cache's file format: a round trip, and every broken or hostile file read as a miss. */
class FindingCacheTest {
    private static final String KEY = "0123456789abcdef".repeat(4);

    @TempDir
    Path dir;

    private static List<Finding> findings() {
        return List.of(
                new Finding("SP101", "body-tokens", Category.BUDGET, Severity.WARNING, "body is 6,000 tokens — ünïcode",
                        new SourceSpan("pack/a/SKILL.md", 4, 0, 4, 0, 57, 0), List.of(), Finding.Suppression.NONE),
                new Finding("SP221", "line-endings", Category.STRUCTURE, Severity.INFO, "CRLF line endings",
                        new SourceSpan("pack/a/references/r.md", 0, 2, 1, 3, 2, 9),
                        List.of(new Fix("use LF", true, List.of(new TextEdit(3, 1, ""), new TextEdit(9, 1, "")), true)),
                        Finding.Suppression.NONE));
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    @Test
    void whatIsPutComesBackEqual() {
        FindingCache cache = FindingCache.in(dir);
        cache.put(KEY, findings());

        assertThat(cache.get(KEY)).contains(findings());
        assertThat(cache.get("f".repeat(64))).isEmpty();
        assertThat(dir.resolve("v1/01/" + KEY.substring(2) + ".bin")).isRegularFile();
    }

    @Test
    void aHitMarksTheEntryUsedSoUpkeepKeepsIt() throws IOException {
        FindingCache cache = FindingCache.in(dir);
        cache.put(KEY, findings());
        Path file = onlyFile();
        Instant monthsAgo = Instant.now().minus(Duration.ofDays(60));
        Files.setLastModifiedTime(file, FileTime.from(monthsAgo));

        assertThat(cache.get(KEY)).contains(findings());

        assertThat(Files.getLastModifiedTime(file).toInstant()).isAfter(monthsAgo.plus(Duration.ofDays(59)));
        assertThat(CacheUpkeep.pruneIfDue(dir, List.of(cache.entryFolder()), Instant.now())).isZero();
        assertThat(file).exists();
    }

    @Test
    void aTruncatedFileIsAMiss() throws IOException {
        FindingCache cache = FindingCache.in(dir);
        cache.put(KEY, findings());
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {0, 3, 8, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertThat(cache.get(KEY)).as("truncated to %d bytes", length).isEmpty();
        }
    }

    @Test
    void aFileWithTrailingBytesOrAnotherKeyIsAMiss() throws IOException {
        FindingCache cache = FindingCache.in(dir);
        cache.put(KEY, findings());
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertThat(cache.get(KEY)).isEmpty();

        Files.write(file, FindingCache.encode("e".repeat(64), findings()));
        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void hostileLengthsAndValuesAreMissesNotCrashes() throws IOException {
        FindingCache cache = FindingCache.in(dir);
        cache.put(KEY, findings());
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        // change every byte in turn: the checksum catches each change
        for (int i = 0; i < whole.length; i++) {
            byte[] bad = whole.clone();
            bad[i] = (byte) ~bad[i];
            Files.write(file, bad);
            assertThat(cache.get(KEY)).as("byte %d changed", i).isEmpty();
        }
        Files.writeString(file, "not a cache file at all");
        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void hostileValuesBehindAValidChecksumAreMissesNotCrashes() throws IOException {
        FindingCache cache = FindingCache.in(dir);
        Path file = dir.resolve("v1/01/" + KEY.substring(2) + ".bin");
        Files.createDirectories(file.getParent());
        byte[] good = FindingCache.encode(KEY, findings());
        byte[] payload = Arrays.copyOf(good, good.length - 32);
        // a payload rewritten with a recomputed checksum: huge lengths, bad ordinals, negative positions
        for (int i = 0; i < payload.length; i++) {
            byte[] bad = payload.clone();
            bad[i] = (byte) 0xFF;
            Files.write(file, withChecksum(bad));
            assertThat(cache.get(KEY).map(List::size).orElse(2)).as("byte %d", i).isLessThanOrEqualTo(2);
        }
    }

    private static byte[] withChecksum(byte[] payload) {
        try {
            byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(payload);
            byte[] out = Arrays.copyOf(payload, payload.length + sum.length);
            System.arraycopy(sum, 0, out, payload.length, sum.length);
            return out;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFolderInPlaceOfTheFileIsAMiss() throws IOException {
        Files.createDirectories(dir.resolve("v1/01/" + KEY.substring(2) + ".bin"));
        assertThat(FindingCache.in(dir).get(KEY)).isEmpty();
    }

    @Test
    void anUnwritableCacheIsIgnored() throws IOException {
        Path blocked = Files.writeString(dir.resolve("file"), "a file where the cache folder should be");
        FindingCache cache = FindingCache.in(blocked);
        cache.put(KEY, findings());

        assertThat(cache.get(KEY)).isEmpty();
        assertThat(Files.readString(blocked)).isEqualTo("a file where the cache folder should be");
    }

    @Test
    void theDefaultFolderFollowsTheEnvironment() {
        assertThat(FindingCache.defaultFolder(Map.of("SKILLPACK_CACHE_DIR", "/c", "XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .contains(Path.of("/c"));
        assertThat(FindingCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .contains(Path.of("/x/skillpack"));
        assertThat(FindingCache.defaultFolder(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h")))
                .contains(Path.of("/h/.cache/skillpack"));
        assertThat(FindingCache.defaultFolder(Map.of())).isEmpty();
    }
}
