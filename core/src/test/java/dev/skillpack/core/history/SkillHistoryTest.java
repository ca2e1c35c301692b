package dev.skillpack.core.history;

import static dev.skillpack.core.history.GitFixture.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.skillpack.core.history.HistoryEntry.Change;
import dev.skillpack.core.tokens.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillHistoryTest {
    private static final TokenCounter COUNTER = TokenCounter.defaultCounter();

    @TempDir
    Path tmp;

    /** Five commits touch the skill, one does not; the folder is renamed; a side branch is merged. */
    private GitFixture build() throws Exception {
        GitFixture repo = GitFixture.init(tmp.resolve("repo"));
        repo.write("README.md", "# tools\n");
        repo.write("pack/skills/demo/SKILL.md", skill("demo", "1.0.0", "# Demo\n\n## Steps\n\nRead the form.\n"));
        repo.write("pack/skills/demo/references/forms.md", "# Forms\n\nFill every field.\n");
        repo.commit("Add the demo skill");
        repo.write("pack/skills/demo/SKILL.md", skill("demo", "1.0.0",
                "# Demo\n\n## Steps\n\nRead the form.\nCheck the totals.\n"));
        repo.commit("Steps: check the totals");
        repo.write("README.md", "# tools\n\nSee pack/.\n");
        repo.commit("README only");
        repo.move("pack/skills/demo", "pack/skills/form-filling");
        repo.write("pack/skills/form-filling/SKILL.md", skill("form-filling", "1.0.0",
                "# Demo\n\n## Steps\n\nRead the form.\nCheck the totals.\n"));
        repo.commit("Rename demo to form-filling");
        repo.branch("refs-work");
        repo.write("pack/skills/form-filling/references/forms.md", "# Forms\n\nFill every field.\nSign last.\n");
        repo.commit("Forms: sign last");
        repo.checkout("main");
        repo.write("pack/skills/form-filling/SKILL.md", skill("form-filling", "1.1.0",
                "# Demo\n\n## Steps\n\nRead the form.\nCheck the totals.\n\n## Limits\n\nOne form at a time.\n"));
        repo.commit("Add limits");
        repo.merge("refs-work", "Merge refs-work");
        return repo;
    }

    @Test
    void listsTheCommitsThatChangedTheSkillNewestFirstFollowingTheRename() throws Exception {
        try (GitFixture fixture = build(); SkillRepository repo = SkillRepository.open(fixture.dir())) {
            SkillHistory history = repo.history(repo.resolve("HEAD"), "pack/skills/form-filling", COUNTER);

            assertThat(history.entries()).extracting(e -> e.commit().subject(), HistoryEntry::change,
                            HistoryEntry::path, e -> e.renamedFrom().orElse(""), e -> e.version().orElse(""))
                    .containsExactly(
                            tuple("Merge refs-work", Change.MERGED, "pack/skills/form-filling", "", "1.1.0"),
                            tuple("Add limits", Change.MODIFIED, "pack/skills/form-filling", "", "1.1.0"),
                            tuple("Forms: sign last", Change.MODIFIED, "pack/skills/form-filling", "", "1.0.0"),
                            tuple("Rename demo to form-filling", Change.RENAMED, "pack/skills/form-filling",
                                    "pack/skills/demo", "1.0.0"),
                            tuple("Steps: check the totals", Change.MODIFIED, "pack/skills/demo", "", "1.0.0"),
                            tuple("Add the demo skill", Change.ADDED, "pack/skills/demo", "", "1.0.0"));
            assertThat(history.complete()).isTrue();
            HistoryEntry first = history.oldest().orElseThrow();
            assertThat(first.commit().author()).isEqualTo("Ada Author");
            assertThat(first.commit().authorEmail()).isEqualTo("ada@example.com");
            assertThat(first.commit().date()).isEqualTo(OffsetDateTime.parse("2026-03-01T11:00:00+01:00"));
            assertThat(first.commit().shortId()).isEqualTo(first.commit().id().substring(0, 7));
        }
    }

    @Test
    void countsTheTokensOfBodyMetadataAndEachReferenceAtEachCommit() throws Exception {
        try (GitFixture fixture = build(); SkillRepository repo = SkillRepository.open(fixture.dir())) {
            SkillHistory history = repo.history(repo.resolve("HEAD"), "pack/skills/form-filling", COUNTER);
            HistoryEntry added = history.oldest().orElseThrow();
            String yaml = "name: demo\ndescription: Does demo things. Use when testing.\nmetadata:\n  version: \"1.0.0\"\n";
            assertThat(added.tokens().metadata()).isEqualTo(COUNTER.count(yaml));
            assertThat(added.tokens().body()).isEqualTo(COUNTER.count("\n# Demo\n\n## Steps\n\nRead the form.\n"));
            assertThat(added.tokens().references())
                    .isEqualTo(Map.of("references/forms.md", COUNTER.count("# Forms\n\nFill every field.\n")));
            // the exact o200k counts, so a change of tokenizer or of what is counted shows here
            assertThat(added.tokens().references()).containsEntry("references/forms.md", 7);
            HistoryEntry merged = history.entries().get(0);
            assertThat(merged.tokens().references().get("references/forms.md"))
                    .isEqualTo(COUNTER.count("# Forms\n\nFill every field.\nSign last.\n"));
            assertThat(merged.tokens().total()).isEqualTo(merged.tokens().metadata() + merged.tokens().body()
                    + merged.tokens().references().get("references/forms.md"));
        }
    }

    @Test
    void aShallowCloneSaysWhereItsHistoryStops() throws Exception {
        try (GitFixture fixture = build()) {
            Path shallow = tmp.resolve("shallow");
            try (Git clone = Git.cloneRepository().setURI(fixture.dir().toUri().toString())
                    .setDirectory(shallow.toFile()).setDepth(2).call()) {
                clone.getRepository().close();
            }
            try (SkillRepository repo = SkillRepository.open(shallow)) {
                assertThat(repo.shallowBoundary()).isNotEmpty();
                SkillHistory history = repo.history(repo.resolve("HEAD"), "pack/skills/form-filling", COUNTER);
                assertThat(history.complete()).isFalse();
                assertThat(history.entries()).extracting(e -> e.commit().subject(), HistoryEntry::change)
                        .containsExactly(
                                tuple("Merge refs-work", Change.MERGED),
                                tuple("Add limits", Change.HISTORY_CUT),
                                tuple("Forms: sign last", Change.MODIFIED),
                                tuple("Rename demo to form-filling", Change.HISTORY_CUT));
                assertThat(history.cutAt().map(CommitInfo::subject)).contains("Rename demo to form-filling");
                assertThatThrownBy(() -> repo.resolve("HEAD~3")).isInstanceOf(HistoryException.class)
                        .hasMessageContaining("the clone is shallow");
            }
        }
    }

    @Test
    void aBareCloneReadsTheSameHistory() throws Exception {
        try (GitFixture fixture = build()) {
            Path bare = tmp.resolve("bare.git");
            try (Git clone = Git.cloneRepository().setURI(fixture.dir().toUri().toString()).setBare(true)
                    .setDirectory(bare.toFile()).call()) {
                clone.getRepository().close();
            }
            try (SkillRepository repo = SkillRepository.open(bare)) {
                assertThat(repo.bare()).isTrue();
                assertThat(repo.workTree()).isEmpty();
                SkillHistory history = repo.history(repo.resolve("main"), "pack/skills/form-filling", COUNTER);
                assertThat(history.entries()).hasSize(6);
                assertThat(history.oldest().orElseThrow().change()).isEqualTo(Change.ADDED);
                assertThatThrownBy(() -> repo.repositoryPath(bare)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("a bare repository has no work tree; give paths inside the repository");
            }
        }
    }

    @Test
    void startingWhereTheSkillDoesNotExistGivesAnEmptyHistory() throws Exception {
        try (GitFixture fixture = build(); SkillRepository repo = SkillRepository.open(fixture.dir())) {
            SkillHistory history = repo.history(repo.resolve("HEAD"), "pack/skills/demo", COUNTER);
            assertThat(history.entries()).isEmpty();
            assertThat(history.complete()).isTrue();
        }
    }

    @Test
    void historySinceAReleaseStopsAtTheTaggedCommit() throws Exception {
        try (GitFixture fixture = build(); SkillRepository repo = SkillRepository.open(fixture.dir())) {
            SkillHistory since = repo.historySince(repo.resolve("HEAD"), "pack/skills/form-filling",
                    repo.resolve("HEAD~2"), COUNTER);
            assertThat(since.entries()).extracting(e -> e.commit().subject())
                    .containsExactly("Merge refs-work", "Add limits", "Forms: sign last");
        }
    }

    @Test
    void aLinkedWorktreeOpensOnItsOwnBranch() throws Exception {
        try (GitFixture fixture = build()) {
            // what `git worktree add ../wt refs-work` writes; JGit reads linked worktrees but cannot make them
            Path main = fixture.dir();
            Path admin = main.resolve(".git/worktrees/wt");
            Path wt = tmp.resolve("wt");
            Files.createDirectories(admin);
            Files.createDirectories(wt);
            Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/refs-work\n");
            Files.writeString(admin.resolve("commondir"), "../..\n");
            Files.writeString(admin.resolve("gitdir"), wt.resolve(".git") + "\n");
            Files.writeString(wt.resolve(".git"), "gitdir: " + admin + "\n");
            try (SkillRepository repo = SkillRepository.open(wt)) {
                assertThat(repo.workTree()).contains(wt.toRealPath());
                assertThat(repo.resolve("HEAD").commit().subject()).isEqualTo("Forms: sign last");
                SkillHistory history = repo.history(repo.resolve("HEAD"), "pack/skills/form-filling", COUNTER);
                assertThat(history.entries()).extracting(e -> e.commit().subject()).containsExactly(
                        "Forms: sign last", "Rename demo to form-filling", "Steps: check the totals",
                        "Add the demo skill");
            }
        }
    }

    @Test
    void anEmptyRepositoryHasNoRevisions() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("empty"));
             SkillRepository repo = SkillRepository.open(fixture.dir())) {
            assertThat(repo.hasCommits()).isFalse();
            assertThatThrownBy(() -> repo.resolve("HEAD")).isInstanceOf(HistoryException.class)
                    .hasMessage("the repository has no commits yet, so there is no revision 'HEAD'; commit first");
            assertThat(repo.releaseTags("demo")).isEmpty();
        }
    }

    @Test
    void aFolderOutsideAnyRepositoryIsNotARepository() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain/skills"));
        assertThatThrownBy(() -> SkillRepository.open(plain)).isInstanceOf(NotARepositoryException.class)
                .hasMessage("not a git repository (or any parent up to the file system root): " + plain);
    }

    @Test
    void unknownRevisionsSayWhat() throws Exception {
        try (GitFixture fixture = build(); SkillRepository repo = SkillRepository.open(fixture.dir())) {
            assertThatThrownBy(() -> repo.resolve("v9.9.9")).isInstanceOf(HistoryException.class)
                    .hasMessage("unknown revision 'v9.9.9': no commit, branch or tag has that name");
            assertThatThrownBy(() -> repo.resolve("HEAD~40")).isInstanceOf(HistoryException.class)
                    .hasMessage("unknown revision 'HEAD~40': no commit, branch or tag has that name");
            assertThatThrownBy(() -> repo.resolve("HEAD:README.md")).isInstanceOf(HistoryException.class)
                    .hasMessage("'HEAD:README.md' is not a revision that names a commit");
        }
    }
}
