package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.PackTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives are put in place all together or not at all, and never through a link. */
class StagedArchivesTest {
    @TempDir
    Path out;
    @TempDir
    Path elsewhere;

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void nothingIsInPlaceBeforeCommitAndEverythingAfter() throws IOException, PackException {
        Files.writeString(out.resolve("a.skill"), "old");
        StagedArchives staged = new StagedArchives(PackTarget.of(out));

        staged.stage("a.skill", "new a".getBytes(StandardCharsets.UTF_8));
        staged.stage("b.skill", "new b".getBytes(StandardCharsets.UTF_8));

        assertThat(names()).containsExactly("a.skill", "a.skill.part", "b.skill.part");
        assertThat(Files.readString(out.resolve("a.skill"))).isEqualTo("old");

        assertThat(staged.commit()).containsExactly(out.toRealPath().resolve("a.skill"),
                out.toRealPath().resolve("b.skill"));
        assertThat(names()).containsExactly("a.skill", "b.skill");
        assertThat(Files.readString(out.resolve("a.skill"))).isEqualTo("new a");
    }

    @Test
    void discardTakesBackWhatWasStaged() throws IOException, PackException {
        Files.writeString(out.resolve("a.skill"), "old");
        StagedArchives staged = new StagedArchives(PackTarget.of(out));
        staged.stage("a.skill", "new a".getBytes(StandardCharsets.UTF_8));
        staged.stage("b.skill", "new b".getBytes(StandardCharsets.UTF_8));

        staged.discard();

        assertThat(names()).containsExactly("a.skill");
        assertThat(Files.readString(out.resolve("a.skill"))).isEqualTo("old");
        assertThat(staged.commit()).isEmpty();
    }

    @Test
    void aLinkWhereAnArchiveGoesIsRefusedAndNotFollowed() throws IOException, PackException {
        Path victim = Files.writeString(elsewhere.resolve("victim"), "keep");
        Files.createSymbolicLink(out.resolve("a.skill.part"), victim);
        StagedArchives staged = new StagedArchives(PackTarget.of(out));

        assertThatThrownBy(() -> staged.stage("a.skill", "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackException.class).hasMessageContaining("symbolic link");

        assertThat(Files.readString(victim)).isEqualTo("keep");
    }
}
