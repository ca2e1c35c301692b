package dev.skillpack.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.parse.SkillParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes: two builds of the same pack from two folders, with different file times and
 * a different default time zone, written into two different targets, give byte-identical archives.
 */
class ReproducibleArchiveTest {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path temp;

    @Test
    void twoBuildsInDifferentFoldersAtDifferentTimesAreByteIdentical() throws Exception {
        List<byte[]> first = build(temp.resolve("one"), Instant.parse("2024-03-01T10:00:00Z"), "UTC");
        List<byte[]> second = build(temp.resolve("elsewhere/two"), Instant.parse("2025-11-30T23:59:59Z"),
                "Pacific/Kiritimati");
        assertThat(first).hasSize(second.size()).hasSize(5);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("output %d", i).isEqualTo(first.get(i));
        }
        // a different time stamp changes the bytes: the stamp really is what the entries carry
        SkillPackager later = SkillPackager.create(PackOptions.defaults(STAMP.plusSeconds(3600)));
        var pack = SkillParser.create().parsePack(temp.resolve("one/src"));
        assertThat(later.skillArchive(later.prepareAll(pack).get(0))).isNotEqualTo(first.get(0));
    }

    @Test
    void entriesAreSortedStampedInUtcWithoutExtraFieldsAndWithFolderEntries() throws Exception {
        List<byte[]> outputs = build(temp.resolve("one"), Instant.parse("2024-03-01T10:00:00Z"), "America/New_York");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(outputs.get(0)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getExtra()).as(e.getName()).isNull();
                assertThat(e.getComment()).isNull();
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.parse("2026-01-01T00:00:00"));
                assertThat(e.getLastModifiedTime().toInstant()).isEqualTo(
                        LocalDateTime.parse("2026-01-01T00:00:00").atZone(TimeZone.getDefault().toZoneId()).toInstant());
            }
        }
        assertThat(names).containsExactly("pdf-forms/", "pdf-forms/SKILL.md", "pdf-forms/assets/",
                "pdf-forms/assets/logo.png", "pdf-forms/drafts/", "pdf-forms/drafts/idea.md",
                "pdf-forms/references/", "pdf-forms/references/fields.md", "pdf-forms/scripts/",
                "pdf-forms/scripts/fill.py");
    }

    /** Copies the demo pack to {@code root/src} with the given file times, packages it into {@code root/target}. */
    private static List<byte[]> build(Path root, Instant fileTimes, String zone) throws Exception {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            DemoSkills.write(root.resolve("src"), fileTimes);
            SkillPackager packager = SkillPackager.create(PackOptions.defaults(STAMP));
            List<PackedSkill> skills = packager.prepareAll(SkillParser.create().parsePack(root.resolve("src")));
            PackTarget target = PackTarget.of(root.resolve("target"));
            ClaudePluginInfo plugin = ClaudePluginInfo.builder("demo-skills").version("1.0.0").build();
            List<Path> files = List.of(
                    packager.writeSkillArchive(skills.get(0), target, "skillpack/pdf-forms.skill"),
                    packager.writeSkillArchive(skills.get(1), target, "skillpack/release-notes.skill"),
                    packager.writeClasspathJar(skills, target, "skills.jar"),
                    packager.writeClaudePluginZip(skills, plugin, target, "skillpack/demo-skills-claude-plugin.zip"),
                    last(packager.writeClasspathLayout(skills, target, "classes")));
            List<byte[]> bytes = new ArrayList<>();
            for (Path f : files) {
                assertThat(f).startsWith(target.root());
                bytes.add(read(f));
            }
            return bytes;
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    private static Path last(List<Path> written) {
        Path index = written.get(written.size() - 1);
        assertThat(index.toString().replace('\\', '/')).endsWith("classes/META-INF/skills/index.json");
        return index;
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
