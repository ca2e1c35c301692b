package dev.skillpack.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackTargetTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"../escape.skill", "a/../../escape.skill", "/tmp/escape.skill", "a//b", "./a",
            "a/.", "C:/x.skill", "a\\b", ""})
    void refusesPathsThatCouldLeaveTheTarget(String path) throws Exception {
        PackTarget target = PackTarget.of(temp.resolve("target"));
        assertThatThrownBy(() -> target.write(path, new byte[] {1})).isInstanceOf(PackException.class)
                .hasMessageContaining("output path");
        try (var files = Files.walk(temp)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesToWriteThroughASymbolicLink() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        PackTarget target = PackTarget.of(temp.resolve("target"));
        Files.createSymbolicLink(target.root().resolve("link"), outside);
        assertThatThrownBy(() -> target.write("link/x.skill", new byte[] {1})).isInstanceOf(PackException.class)
                .hasMessageContaining("link/x.skill: output path passes through a symbolic link");
        assertThatThrownBy(() -> target.deleteTree("link")).isInstanceOf(PackException.class);
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void deletesATreeWithoutFollowingLinksInIt() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        PackTarget target = PackTarget.of(temp.resolve("target"));
        target.write("plugin/skills/a/SKILL.md", new byte[] {1});
        Files.createSymbolicLink(target.root().resolve("plugin/skills/a/out"), outside);
        target.deleteTree("plugin");
        assertThat(target.root().resolve("plugin")).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void controlCharactersNeverReachTheMessage() throws Exception {
        PackTarget target = PackTarget.of(temp.resolve("target"));
        assertThatThrownBy(() -> target.write("a\u001b[2Jb", new byte[0]))
                .hasMessageStartingWith("a?[2Jb: output path must be relative to ");
    }
}
