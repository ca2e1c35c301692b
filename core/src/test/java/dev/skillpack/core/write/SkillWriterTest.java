package dev.skillpack.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillWriterTest {
    @TempDir
    Path temp;

    private static Skill withResources(Skill skill, Resource... resources) {
        return new Skill(skill.folderName(), skill.path(), skill.skillFile(), skill.frontmatter(), skill.body(),
                skill.references(), List.of(resources), skill.problems());
    }

    private static Resource text(String relativePath, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Resource(relativePath, "demo/" + relativePath, Resource.Kind.TEXT, bytes.length, false,
                Optional.of(Bytes.of(bytes)));
    }

    @Test
    void bomCrlfAndInvalidUtf8AreWrittenByteForByte() throws IOException {
        byte[] bom = SkillWriter.encode("---\r\nname: demo\r\ndescription: d\r\n---\r\n# Demo\r\n", true);
        byte[] invalid = {'#', ' ', (byte) 0xC3, '(', '\n'};
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.of("demo",
                Map.of("SKILL.md", bom, "references/bad.md", invalid, "scripts/run.sh", "echo\n".getBytes(StandardCharsets.UTF_8)),
                java.util.Set.of("scripts/run.sh")));
        Path target = temp.resolve("demo");
        assertThat(SkillWriter.write(skill, target)).containsExactly(target.resolve("SKILL.md"),
                target.resolve("references/bad.md"), target.resolve("scripts/run.sh"));
        assertThat(target.resolve("SKILL.md")).hasBinaryContent(bom);
        assertThat(target.resolve("references/bad.md")).hasBinaryContent(invalid);
        assertThat(Files.isExecutable(target.resolve("scripts/run.sh"))).isTrue();
        assertThat(SkillParser.create().parseSkill(new DirectorySkillSource(target, "demo", SourceLimits.defaults())))
                .isEqualTo(skill);
    }

    @Test
    void executableBitsFollowTheModelWhenOverwriting() throws IOException {
        Path target = Files.createDirectories(temp.resolve("demo"));
        Path script = Files.writeString(target.resolve("run.sh"), "old");
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        Skill skill = Skill.builder().name("demo").resource("run.sh", "new", false).build();
        SkillWriter.write(skill, target);
        assertThat(script).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rw-r--r--");

        SkillWriter.write(Skill.builder().name("demo").resource("run.sh", "newer", true).build(), target);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void refusesPathsThatLeaveTheTargetBeforeWritingAnything() {
        Skill skill = withResources(Skill.builder().name("demo").build(), text("SKILL.md", "---\n---\n"),
                text("../escape.txt", "x"));
        Path target = temp.resolve("demo");
        assertThatThrownBy(() -> SkillWriter.write(skill, target)).isInstanceOf(IOException.class)
                .hasMessage("refusing to write '../escape.txt': it leaves " + target.toAbsolutePath().normalize());
        assertThat(target).doesNotExist();
        assertThat(temp.resolve("escape.txt")).doesNotExist();

        Skill absolute = withResources(skill, text("/tmp/x", "x"));
        assertThatThrownBy(() -> SkillWriter.write(absolute, target))
                .hasMessage("refusing to write '/tmp/x': not a relative path with forward slashes");
    }

    @Test
    void refusesToWriteThroughASymbolicLink() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path target = Files.createDirectories(temp.resolve("demo"));
        try {
            Files.createSymbolicLink(target.resolve("references"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "file system refuses symbolic links: " + e);
        }
        Skill skill = Skill.builder().name("demo").reference("references/a.md", "# A").build();
        assertThatThrownBy(() -> SkillWriter.write(skill, target)).isInstanceOf(FileSystemException.class)
                .hasMessage(target.resolve("references") + ": refusing to write through a symbolic link");
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }

        Path outsideFile = Files.writeString(temp.resolve("outside.md"), "keep");
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.createSymbolicLink(other.resolve("SKILL.md"), outsideFile);
        assertThatThrownBy(() -> SkillWriter.write(skill, other)).isInstanceOf(FileSystemException.class)
                .hasMessage(other.resolve("SKILL.md") + ": refusing to write through a symbolic link");
        assertThat(outsideFile).hasContent("keep");
    }

    @Test
    void refusesWhenAFilesContentWasNotRead() {
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.of("demo", Map.of(
                "SKILL.md", "---\nname: demo\n---\n".getBytes(StandardCharsets.UTF_8),
                "big.bin", new byte[64])).withLimits(new SourceLimits(32, 10, 5)));
        assertThatThrownBy(() -> SkillWriter.write(skill, temp.resolve("demo"))).isInstanceOf(IOException.class)
                .hasMessage("cannot write demo/big.bin: its content was not read");
        assertThat(temp.resolve("demo")).doesNotExist();
    }
}
