package dev.skillpack.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe agrees with JGit where it answers, and leaves everything with a tag to JGit. */
class TaglessProbeTest {
    @TempDir
    Path dir;

    private static Optional<TaglessProbe.Tagless> jgit(Path folder) throws Exception {
        try (SkillRepository repo = SkillRepository.open(folder)) {
            return Optional.of(new TaglessProbe.Tagless(true, repo.hasCommits()));
        } catch (NotARepositoryException e) {
            return Optional.of(new TaglessProbe.Tagless(false, false));
        }
    }

    @Test
    void aFolderOutsideEveryRepositoryIsInNone() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack/a"));
        // the temp folder could lie inside a repository on some machine; then there is nothing to compare
        assumeFalse(jgit(pack).orElseThrow().repository(), "the temp folder is inside a git repository");
        assertThat(TaglessProbe.probe(pack)).contains(new TaglessProbe.Tagless(false, false));
    }

    @Test
    void aRepositoryWithoutCommitsThenWithCommitsThenWithATag() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("pack/alpha/SKILL.md", GitFixture.skill("alpha", null, "# Alpha\n"));
            Path pack = dir.resolve("pack/alpha");
            assertThat(TaglessProbe.probe(pack)).contains(new TaglessProbe.Tagless(true, false)).isEqualTo(jgit(pack));

            git.commit("first");
            assertThat(TaglessProbe.probe(pack)).contains(new TaglessProbe.Tagless(true, true)).isEqualTo(jgit(pack));

            git.branch("feature");
            assertThat(TaglessProbe.probe(pack)).contains(new TaglessProbe.Tagless(true, true));

            git.lightweightTag("alpha/v1.0.0");
            assertThat(TaglessProbe.probe(pack)).isEmpty();
        }
    }

    @Test
    void aPackedBranchCountsAndAPackedTagDefersToJgit() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("alpha/SKILL.md", GitFixture.skill("alpha", null, "# Alpha\n"));
            String id = git.commit("first").getName();
            Path loose = dir.resolve(".git/refs/heads/main");
            Files.delete(loose);
            Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted \n"
                    + id + " refs/heads/main\n");
            assertThat(TaglessProbe.probe(dir.resolve("alpha"))).contains(new TaglessProbe.Tagless(true, true))
                    .isEqualTo(jgit(dir.resolve("alpha")));

            Files.writeString(dir.resolve(".git/packed-refs"), id + " refs/heads/main\n" + id + " refs/tags/alpha/v1\n");
            assertThat(TaglessProbe.probe(dir.resolve("alpha"))).isEmpty();
        }
    }

    @Test
    void aDetachedHeadHasCommitsAndOddFilesDeferToJgit() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("alpha/SKILL.md", GitFixture.skill("alpha", null, "# Alpha\n"));
            String id = git.commit("first").getName();
            Files.writeString(dir.resolve(".git/HEAD"), id + "\n");
            assertThat(TaglessProbe.probe(dir.resolve("alpha"))).contains(new TaglessProbe.Tagless(true, true));

            Files.writeString(dir.resolve(".git/HEAD"), "something else\n");
            assertThat(TaglessProbe.probe(dir.resolve("alpha"))).isEmpty();
        }
    }

    @Test
    void aGitFileLeadsToTheLinkedFolder() throws Exception {
        Path real = dir.resolve("real");
        try (GitFixture git = GitFixture.init(real)) {
            git.write("alpha/SKILL.md", GitFixture.skill("alpha", null, "# Alpha\n"));
            git.commit("first");
        }
        Path work = Files.createDirectories(dir.resolve("work/alpha"));
        Files.writeString(dir.resolve("work/.git"), "gitdir: ../real/.git\n");
        assertThat(TaglessProbe.probe(work)).contains(new TaglessProbe.Tagless(true, true));

        Files.writeString(dir.resolve("work/.git"), "gitdir: ../nowhere\n");
        assertThat(TaglessProbe.probe(work)).isEmpty();
    }
}
