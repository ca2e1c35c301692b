package dev.skillpack.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.pack.ClaudePluginInfo;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageGoalTest {
    static final String CLEAN = "---\nname: release-notes\ndescription: Drafts release notes from merged "
            + "pull requests. Use when preparing a release.\n---\n\n# Release notes\n\nList merged pull requests with "
            + "`git log --merges`.\n";
    static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path root;
    final RecordingLog log = new RecordingLog();
    final RuleRegistry registry = RuleRegistry.discover(PackageGoalTest.class.getClassLoader());

    /** What the goal handed to Maven. */
    static final class Sink implements ArtifactSink {
        final List<String> attached = new ArrayList<>();
        Path main;

        @Override
        public void attach(String type, String classifier, Path file) {
            attached.add(type + " " + classifier + " " + file.getFileName());
        }

        @Override
        public void mainArtifact(Path jar) {
            main = jar;
        }
    }

    static Path project(Path folder, String skillText) throws IOException {
        Path skill = Files.createDirectories(folder.resolve("src/main/skills/release-notes"));
        Files.writeString(skill.resolve("SKILL.md"), skillText);
        Files.createDirectories(skill.resolve("__pycache__"));
        Files.writeString(skill.resolve("__pycache__/x.pyc"), "junk");
        return folder;
    }

    static PackageSettings settings(Path project, boolean ownJar, boolean withErrors) {
        ValidateSettings validation = new ValidateSettings(project, List.of(project.resolve("src/main/skills")),
                Optional.empty(), Optional.of(Severity.ERROR), List.of(ReportFormat.JSON),
                project.resolve("target/skillpack"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
        return new PackageSettings(validation, STAMP, List.of(), withErrors, project.resolve("target"),
                project.resolve("target/classes"), ownJar ? "pack-1.0.jar" : "", true,
                Optional.of(ClaudePluginInfo.builder("release-tools").version("1.0").build()));
    }

    static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void writesTheClasspathLayoutIntoClassesAndAttachesArchiveAndPlugin() throws Exception {
        Path project = project(root.resolve("p"), CLEAN);
        Sink sink = new Sink();
        new PackageGoal(registry, log, sink).run(settings(project, false, false));
        assertThat(project.resolve("target/classes/META-INF/resources/skills/release-notes/SKILL.md")).hasContent(CLEAN);
        assertThat(project.resolve("target/classes/META-INF/skills/index.json")).content()
                .contains("\"release-notes\"");
        assertThat(project.resolve("target/classes/META-INF/resources/skills/release-notes/__pycache__")).doesNotExist();
        assertThat(sink.attached).containsExactly("skill release-notes release-notes.skill",
                "zip claude-plugin release-tools-claude-plugin.zip");
        assertThat(sink.main).isNull();
        assertThat(entries(project.resolve("target/skillpack/release-notes.skill")))
                .containsExactly("release-notes/", "release-notes/SKILL.md");
        assertThat(entries(project.resolve("target/skillpack/release-tools-claude-plugin.zip"))).contains(
                "release-tools/.claude-plugin/plugin.json", "release-tools/skills/release-notes/SKILL.md");
        assertThat(project.resolve("target/skillpack/claude-plugin/.claude-plugin/plugin.json")).isRegularFile();
        assertThat(log.lines).contains("[INFO] skillpack: left out of release-notes: __pycache__/x.pyc",
                "[INFO] skillpack: added 1 skill (1 file) to target/classes under META-INF/resources/skills/, with "
                        + "META-INF/skills/index.json",
                "[INFO] skillpack: attached target/skillpack/release-notes.skill (classifier release-notes)");
    }

    @Test
    void theSkillPackPackagingBuildsItsOwnJarAndEveryArchiveIsReproducible() throws Exception {
        Path first = project(root.resolve("one"), CLEAN);
        Path second = project(root.resolve("two/deeper"), CLEAN);
        Sink sink = new Sink();
        new PackageGoal(registry, log, sink).run(settings(first, true, false));
        Files.setLastModifiedTime(second.resolve("src/main/skills/release-notes/SKILL.md"),
                java.nio.file.attribute.FileTime.from(Instant.parse("2030-05-05T10:00:00Z")));
        new PackageGoal(registry, log, new Sink()).run(settings(second, true, false));
        assertThat(sink.main).isEqualTo(first.resolve("target/pack-1.0.jar"));
        assertThat(entries(sink.main)).contains("META-INF/MANIFEST.MF", "META-INF/skills/index.json",
                "META-INF/resources/skills/release-notes/SKILL.md");
        assertThat(first.resolve("target/classes")).doesNotExist();
        for (String file : List.of("pack-1.0.jar", "skillpack/release-notes.skill",
                "skillpack/release-tools-claude-plugin.zip")) {
            assertThat(Files.readAllBytes(second.resolve("target").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve("target").resolve(file)));
        }
    }

    @Test
    void aPackWithErrorsIsRefusedUnlessPackageWithErrorsIsSet() throws Exception {
        Path project = project(root.resolve("p"), CLEAN.replace("description:", "extra: field\ndescription:"));
        Sink sink = new Sink();
        assertThatThrownBy(() -> new PackageGoal(registry, log, sink).run(settings(project, false, false)))
                .isInstanceOf(FindingsException.class)
                .hasMessage("the skill pack has 1 error and is not packaged; fix it (see the lines above or the "
                        + "skillpack:validate report), or set packageWithErrors (-Dskillpack.packageWithErrors) to "
                        + "package it anyway");
        assertThat(sink.attached).isEmpty();
        assertThat(project.resolve("target/classes")).doesNotExist();

        new PackageGoal(registry, log, sink).run(settings(project, false, true));
        assertThat(log.lines).contains("[WARNING] skillpack: packaging a pack with 1 error because "
                + "packageWithErrors is set");
        assertThat(sink.attached).hasSize(2);
    }

    @Test
    void aNameThatCannotBeAFolderIsASetupErrorNamingTheFile() throws Exception {
        Path project = project(root.resolve("p"), CLEAN.replace("name: release-notes", "name: Release_Notes"));
        assertThatThrownBy(() -> new PackageGoal(registry, log, new Sink()).run(settings(project, false, true)))
                .isInstanceOf(SetupException.class)
                .hasMessageStartingWith("cannot package the skills: src/main/skills/release-notes/SKILL.md: name "
                        + "'Release_Notes' is not a valid skill name");
    }

    @Test
    void theTimeStampComesFromOutputTimestampThenSourceDateEpochThenAFixedDefault() throws Exception {
        assertThat(PackageMojo.timestamp("2026-01-01T00:00:00Z", "0")).isEqualTo(STAMP);
        assertThat(PackageMojo.timestamp("x", "1767225600")).as("one character is Maven's unset").isEqualTo(STAMP);
        assertThat(PackageMojo.timestamp(null, null)).isEqualTo(Instant.parse("1980-01-01T00:00:00Z"));
        assertThatThrownBy(() -> PackageMojo.timestamp("yesterday", null)).isInstanceOf(SetupException.class)
                .hasMessageStartingWith("outputTimestamp: time stamp 'yesterday' is neither");
    }
}
