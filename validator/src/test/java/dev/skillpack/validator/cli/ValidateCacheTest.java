package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} with the findings cache: same report from the cache, never stale, {@code --no-cache}. */
class ValidateCacheTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private CliRunner cli() {
        return CliRunner.in(dir, BuiltinRules.all()).with(Map.of("SKILLPACK_CACHE_DIR", cache.toString()), false);
    }

    private long cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void aSecondRunReportsTheSameAndAnEditShowsAtOnce() throws IOException {
        TempSkills.skill(dir.resolve("pack"), "alpha", "# Alpha\n\nRead [the guide](references/guide.md).\n");
        TempSkills.write(dir.resolve("pack"), "alpha/references/guide.md", "# Guide\n\nSteps.\n");
        TempSkills.skill(dir.resolve("pack"), "beta", "# Beta\n\nPlain.\n");

        CliRunner.Result first = cli().run("validate", "--format", "json", "pack");
        CliRunner.Result second = cli().run("validate", "--format", "json", "pack");
        CliRunner.Result uncached = CliRunner.in(dir, BuiltinRules.all()).run("validate", "--format", "json", "pack");

        assertThat(cacheFiles()).isEqualTo(2);
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(uncached.out());
        assertThat(second.exitCode()).isEqualTo(first.exitCode());

        TempSkills.write(dir.resolve("pack"), "alpha/references/guide.md", "# Guide\n\nSee [missing](gone.md).\n");
        CliRunner.Result edited = cli().run("validate", "--format", "json", "pack");

        assertThat(edited.out()).contains("\"ruleId\": \"SP206\"").contains("alpha/references/guide.md")
                .isEqualTo(CliRunner.in(dir, BuiltinRules.all()).run("validate", "--format", "json", "pack").out());
        assertThat(first.out()).doesNotContain("\"ruleId\": \"SP206\"");
    }

    @Test
    void aRunDeletesEntriesUnusedForAMonthOnceADay() throws IOException {
        TempSkills.skill(dir.resolve("pack"), "alpha", "# Alpha\n\nPlain.\n");
        FileTime twoMonthsAgo = FileTime.from(Instant.now().minus(Duration.ofDays(60)));
        Path staleFindings = cache.resolve("v1/ab/" + "0".repeat(62) + ".bin");
        Path staleRun = cache.resolve("runs/v1/cd/" + "0".repeat(14) + ".bin");
        Path notOurs = cache.resolve("v1/ab/keep.txt");
        for (Path file : List.of(staleFindings, staleRun, notOurs)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "old");
            Files.setLastModifiedTime(file, twoMonthsAgo);
        }

        assertThat(cli().run("validate", "pack").exitCode()).isZero();

        assertThat(staleFindings).doesNotExist();
        assertThat(staleRun).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(cacheFiles()).isEqualTo(1); // this run's own entry
        assertThat(cache.resolve("pruned")).isRegularFile();

        Files.writeString(staleFindings, "old");
        Files.setLastModifiedTime(staleFindings, twoMonthsAgo);
        cli().run("validate", "pack");
        assertThat(staleFindings).exists(); // the next look is a day later

        cli().run("validate", "--no-cache", "pack");
        Files.setLastModifiedTime(cache.resolve("pruned"), twoMonthsAgo);
        cli().run("validate", "--no-cache", "pack");
        assertThat(staleFindings).exists(); // --no-cache leaves the folder alone
        cli().run("validate", "pack");
        assertThat(staleFindings).doesNotExist();
    }

    @Test
    void noCacheNeitherReadsNorWrites() throws IOException {
        TempSkills.skill(dir.resolve("pack"), "alpha", "# Alpha\n\nPlain.\n");

        CliRunner.Result result = cli().run("validate", "--no-cache", "pack");

        assertThat(result.exitCode()).isZero();
        assertThat(cacheFiles()).isZero();
    }
}
