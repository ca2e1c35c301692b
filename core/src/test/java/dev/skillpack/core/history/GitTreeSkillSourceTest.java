package dev.skillpack.core.history;

import static dev.skillpack.core.history.GitFixture.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.SourceEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeSkillSourceTest {
    @TempDir
    Path tmp;

    @Test
    void readsAPackInASubFolderAtAnOlderRevisionWithoutTouchingTheWorkTree() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("repo"))) {
            fixture.write("tools/skills/demo/SKILL.md", skill("demo", "1.0.0", "# Old\n"));
            fixture.write("tools/skills/demo/scripts/run.sh", "echo hi\n");
            fixture.write("tools/skills/other/SKILL.md", skill("other", null, "# Other\n"));
            fixture.write("tools/skills/demo/node_modules/x.md", "# skipped\n");
            fixture.commit("First");
            fixture.write("tools/skills/demo/SKILL.md", skill("demo", "2.0.0", "# New\n"));
            fixture.delete("tools/skills/other/SKILL.md");
            fixture.commit("Second");
            try (SkillRepository repo = SkillRepository.open(fixture.dir().resolve("tools"))) {
                Revision first = repo.resolve("HEAD~1");
                GitTreeSkillSource source = repo.sourceAt(first, "tools/skills");
                assertThat(source.displayPath()).isEqualTo("HEAD~1:tools/skills");
                assertThat(source.list().files()).extracting(SourceEntry::path).containsExactly(
                        "demo/SKILL.md", "demo/scripts/run.sh", "other/SKILL.md");
                SkillPack pack = SkillParser.create().parsePack(source);
                assertThat(pack.skills()).extracting(Skill::folderName).containsExactly("demo", "other");
                Skill demo = pack.skills().get(0);
                assertThat(demo.path()).isEqualTo("HEAD~1:tools/skills/demo");
                assertThat(demo.skillFile().path()).isEqualTo("HEAD~1:tools/skills/demo/SKILL.md");
                assertThat(demo.frontmatter().metadata()).containsEntry("version", "1.0.0");
                assertThat(demo.body().body()).isEqualTo("\n# Old\n");
                // the work tree still has the new text
                assertThat(Files.readString(fixture.dir().resolve("tools/skills/demo/SKILL.md"))).contains("2.0.0");
                assertThat(repo.repositoryPath(fixture.dir().resolve("tools/skills"))).isEqualTo("tools/skills");
            }
        }
    }

    @Test
    void keepsCrlfAndByteOrderMarkAsCommittedAndMarksExecutables() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("repo"))) {
            String text = "\uFEFF" + skill("demo", "1.0.0", "# Demo\n").replace("\n", "\r\n");
            fixture.writeBytes("demo/SKILL.md", text.getBytes(StandardCharsets.UTF_8));
            fixture.write("demo/scripts/run.sh", "#!/bin/sh\n");
            fixture.git().getRepository().getConfig().setBoolean("core", null, "filemode", true);
            fixture.dir().resolve("demo/scripts/run.sh").toFile().setExecutable(true);
            fixture.commit("Windows file");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                Skill skill = SkillParser.create().parseSkill(repo.sourceAt(repo.resolve("HEAD"), "demo"));
                assertThat(skill.skillFile().byteOrderMark()).isTrue();
                assertThat(skill.skillFile().lineEndings()).isEqualTo(dev.skillpack.core.model.TextFile.LineEndings.CRLF);
                assertThat(skill.name()).contains("demo");
                assertThat(skill.problems()).isEmpty();
                assertThat(skill.resource("scripts/run.sh").orElseThrow().executable()).isTrue();
                assertThat(skill.resource("SKILL.md").orElseThrow().size()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            }
        }
    }

    @Test
    void aSymbolicLinkInTheTreeIsReportedNotFollowed() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("repo"))) {
            fixture.write("demo/SKILL.md", skill("demo", null, "# Demo\n"));
            fixture.write("secret.txt", "do not read\n");
            Files.createSymbolicLink(fixture.dir().resolve("demo/leak.txt"), Path.of("../secret.txt"));
            fixture.commit("Link");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                GitTreeSkillSource source = repo.sourceAt(repo.resolve("HEAD"), "demo");
                assertThat(source.list().files()).extracting(SourceEntry::path).containsExactly("SKILL.md");
                List<ParseProblem> problems = source.list().problems();
                assertThat(problems).extracting(p -> p.span().path() + ": " + p.message()).containsExactly(
                        "HEAD:demo/leak.txt: symbolic link in the repository; it was not followed, commit the file "
                                + "itself instead");
            }
        }
    }

    @Test
    void aFolderMissingAtTheRevisionIsAProblemNotAnError() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("repo"))) {
            fixture.write("demo/SKILL.md", skill("demo", null, "# Demo\n"));
            fixture.commit("First");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                GitTreeSkillSource source = repo.sourceAt(repo.resolve("HEAD"), "nothing/here");
                assertThat(source.list().files()).isEmpty();
                assertThat(source.list().problems()).extracting(p -> p.span().path() + ": " + p.message())
                        .containsExactly("HEAD:nothing/here: no such folder at this revision");
                GitTreeSkillSource top = repo.sourceAt(repo.resolve("HEAD"), "");
                assertThat(top.displayPathOf("demo/SKILL.md")).isEqualTo("HEAD:demo/SKILL.md");
            }
        }
    }

    @Test
    void changedSinceListsCommittedAndUncommittedChangesFromTheMergeBase() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("repo"))) {
            fixture.write("skills/a/SKILL.md", skill("a", null, "# A\n"));
            fixture.write("skills/b/SKILL.md", skill("b", null, "# B\n"));
            fixture.commit("Both");
            fixture.branch("feature");
            fixture.write("skills/a/SKILL.md", skill("a", null, "# A changed\n"));
            fixture.commit("Change a");
            fixture.checkout("main");
            fixture.write("skills/b/SKILL.md", skill("b", null, "# B on main\n"));
            fixture.commit("Change b on main");
            fixture.checkout("feature");
            fixture.write("skills/c/SKILL.md", skill("c", null, "# C, not committed\n"));
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                ChangedFiles changed = repo.changedSince(repo.resolve("main"), "skills");
                assertThat(changed.mergeBase().commit().subject()).isEqualTo("Both");
                assertThat(changed.paths()).containsExactly("skills/a/SKILL.md", "skills/c/SKILL.md");
                assertThat(changed.touches("skills/a")).isTrue();
                assertThat(changed.touches("skills/b")).isFalse();
            }
        }
    }
}
