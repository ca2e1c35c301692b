package dev.skillpack.validator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a snapshot records: the same bytes for the same inputs, other bytes for any change the run reads. */
class InputSnapshotTest {
    private static final long LATER = 5_000;

    @TempDir
    Path dir;

    private InputSnapshot take(String... paths) {
        return InputSnapshot.take(dir, new ReplayRequest(List.of(paths), Optional.empty(), Optional.empty()),
                System.currentTimeMillis() + LATER);
    }

    private void skills(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path skill = Files.createDirectories(dir.resolve("pack/skill-" + (1000 + i)));
            Files.writeString(skill.resolve("SKILL.md"), "---\nname: skill-" + (1000 + i) + "\n---\nBody.\n");
        }
    }

    @Test
    void aBigTopFolderIsWalkedOnTwoThreadsWithTheSameBytesEveryTime() throws IOException {
        skills(100);
        InputSnapshot first = take("pack");
        assertThat(first.replayable()).isTrue();
        assertThat(first.racy()).isFalse();
        assertThat(take("pack").matches(first.bytes())).isTrue();

        Files.writeString(dir.resolve("pack/skill-1099/SKILL.md"), "---\nname: skill-1099\n---\nBodz.\n");
        assertThat(take("pack").matches(first.bytes())).isFalse();
        InputSnapshot edited = take("pack");
        Files.delete(dir.resolve("pack/skill-1000/SKILL.md"));
        assertThat(take("pack").matches(edited.bytes())).isFalse();
    }

    @Test
    void aFileWrittenJustBeforeTheRunIsRacy() throws IOException {
        skills(3);
        InputSnapshot now = InputSnapshot.take(dir, new ReplayRequest(List.of("pack"), Optional.empty(),
                Optional.empty()), System.currentTimeMillis());
        assertThat(now.racy()).isTrue();
        assertThat(take("pack").racy()).isFalse();
    }

    @Test
    void aSkippedBulkyFolderIsNotWalkedUnlessItHoldsASkill() throws IOException {
        skills(1);
        Path modules = Files.createDirectories(dir.resolve("pack/node_modules/lib"));
        Files.writeString(modules.resolve("index.js"), "x");
        InputSnapshot before = take("pack");
        Files.writeString(modules.resolve("index.js"), "changed");
        assertThat(take("pack").matches(before.bytes())).isTrue();

        Files.writeString(dir.resolve("pack/node_modules/SKILL.md"), "---\nname: node-modules\n---\n");
        assertThat(take("pack").matches(before.bytes())).isFalse();
    }

    @Test
    void aLinkIntoASkippedFolderIsNotReplayableAndAMissingPathIsNot() throws IOException {
        skills(1);
        Path target = Files.createDirectories(dir.resolve("pack/target"));
        Files.writeString(target.resolve("notes.md"), "# Notes\n");
        Files.createSymbolicLink(dir.resolve("pack/skill-1000/notes.md"), target.resolve("notes.md"));
        assertThat(take("pack").replayable()).isFalse();
        assertThat(take("missing").replayable()).isFalse();
    }

    @Test
    void aLinkRetargetedOrAConfigFileAboveIsAChange() throws IOException {
        skills(2);
        Path link = Files.createSymbolicLink(dir.resolve("pack/skill-1000/other"), dir.resolve("pack/skill-1001"));
        InputSnapshot before = take("pack/skill-1000");
        Files.delete(link);
        Files.createSymbolicLink(link, dir.resolve("pack"));
        assertThat(take("pack/skill-1000").matches(before.bytes())).isFalse();

        InputSnapshot linked = take("pack/skill-1000");
        Files.writeString(dir.resolve(".skillpack.yaml"), "rules: {}\n");
        assertThat(take("pack/skill-1000").matches(linked.bytes())).isFalse();
    }
}
