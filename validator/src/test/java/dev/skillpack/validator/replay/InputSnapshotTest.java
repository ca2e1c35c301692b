package dev.skillpack.validator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

    @Test
    void touchingAFileOrASameSizeEditWithItsTimeSetBackIsAChange() throws IOException, InterruptedException {
        skills(2);
        Path file = dir.resolve("pack/skill-1001/SKILL.md");
        InputSnapshot before = take("pack");
        FileTime modified = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() - 60_000));
        assertThat(take("pack").matches(before.bytes())).isFalse();

        Files.setLastModifiedTime(file, modified);
        InputSnapshot touched = take("pack");
        Thread.sleep(20);
        // same size, other bytes, modification time put back: only the change time tells
        Files.writeString(file, Files.readString(file).replace("Body.", "Bodz."));
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(Files.size(dir.resolve("pack/skill-1000/SKILL.md")));
        assertThat(take("pack").matches(touched.bytes())).isFalse();
    }

    @Test
    void aFolderWhoseSkillFileIsALinkStillWalksItsBuildFolders() throws IOException {
        Path skill = Files.createDirectories(dir.resolve("pack/linked"));
        Path real = Files.writeString(dir.resolve("pack/linked/real.md"), "---\nname: linked\n---\n");
        Files.createSymbolicLink(skill.resolve("SKILL.md"), real);
        Path build = Files.createDirectories(skill.resolve("build"));
        Files.writeString(build.resolve("notes.md"), "# Notes\n");
        InputSnapshot before = take("pack");
        assertThat(before.replayable()).isTrue();
        Files.writeString(build.resolve("notes.md"), "# Notes, edited\n");
        assertThat(take("pack").matches(before.bytes())).isFalse();

        // outside a skill the same folder is left out, as the source leaves it out
        Path outside = Files.createDirectories(dir.resolve("pack/build"));
        Files.writeString(outside.resolve("x.md"), "x");
        InputSnapshot without = take("pack");
        Files.writeString(outside.resolve("x.md"), "changed");
        assertThat(take("pack").matches(without.bytes())).isTrue();
    }
}
