package dev.skillpack.core.history;

import static dev.skillpack.core.history.GitFixture.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.tokens.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillReleaserTest {
    private static final TokenCounter COUNTER = TokenCounter.defaultCounter();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String BODY = "# Demo\n\n## Steps\n\nRead the form.\n";

    @TempDir
    Path tmp;

    private GitFixture released() throws Exception {
        GitFixture repo = GitFixture.init(tmp.resolve("repo"));
        repo.write("skills/demo/SKILL.md", skill("demo", "1.0.0", BODY));
        repo.commit("Add demo");
        repo.tag("demo/v1.0.0", "demo 1.0.0");
        return repo;
    }

    @Test
    void anAddedSectionIsAMinorReleaseWrittenByChangingOnlyTheVersionValue() throws Exception {
        try (GitFixture fixture = released()) {
            String body = BODY + "\n## Limits\n\nOne form at a time.\n";
            fixture.write("skills/demo/SKILL.md", skill("demo", "1.0.0", body).replace("\n", "\r\n"));
            fixture.commit("Add limits");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                SkillReleaser releaser = new SkillReleaser(repo, COUNTER);
                ReleasePlan plan = releaser.plan("skills/demo", Optional.empty(), DAY);

                assertThat(plan.previous().map(ReleaseTag::tagName)).contains("demo/v1.0.0");
                assertThat(plan.bump()).contains(Bump.MINOR);
                assertThat(plan.bumpInferred()).isTrue();
                assertThat(plan.version()).hasToString("1.1.0");
                assertThat(plan.tagName()).isEqualTo("demo/v1.1.0");
                assertThat(plan.skillFileText())
                        .isEqualTo(skill("demo", "1.1.0", body).replace("\n", "\r\n"));
                assertThat(plan.changelogSection()).isEqualTo("## 1.1.0 - 2026-03-02\n\n"
                        + "minor release (inferred from the section diff) after 1.0.0.\n\n- Add limits ("
                        + plan.commits().get(0).shortId() + ")\n");
                // a dry run: planning wrote nothing
                assertThat(Files.exists(fixture.dir().resolve("skills/demo/CHANGELOG.md"))).isFalse();
                assertThat(repo.uncommitted("skills/demo")).isEmpty();

                ReleaseResult result = releaser.apply(plan);

                assertThat(Files.readString(fixture.dir().resolve("skills/demo/SKILL.md")))
                        .isEqualTo(skill("demo", "1.1.0", body).replace("\n", "\r\n"));
                assertThat(Files.readString(fixture.dir().resolve("skills/demo/CHANGELOG.md")))
                        .isEqualTo("# Changelog\n\n" + plan.changelogSection());
                assertThat(repo.uncommitted("skills/demo")).isEmpty();
                assertThat(result.commit().subject()).isEqualTo("demo: release 1.1.0");
                assertThat(repo.resolve("HEAD").id()).isEqualTo(result.commit().id());
                assertThat(repo.releaseTags("demo")).extracting(ReleaseTag::tagName, t -> t.version().toString(),
                                ReleaseTag::annotated)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("demo/v1.1.0", "1.1.0", true),
                                org.assertj.core.groups.Tuple.tuple("demo/v1.0.0", "1.0.0", true));
                Ref tag = fixture.git().getRepository().exactRef(Constants.R_TAGS + "demo/v1.1.0");
                try (RevWalk walk = new RevWalk(fixture.git().getRepository())) {
                    RevTag annotated = walk.parseTag(tag.getObjectId());
                    assertThat(annotated.getFullMessage()).isEqualTo("demo 1.1.0\n\nminor release (inferred from "
                            + "the section diff) after 1.0.0.\n\n- Add limits (" + plan.commits().get(0).shortId() + ")\n");
                    assertThat(annotated.getObject().getName()).isEqualTo(result.commit().id());
                }
                assertThat(repo.lastRelease("demo", repo.resolve("HEAD")).map(ReleaseTag::tagName))
                        .contains("demo/v1.1.0");
            }
        }
    }

    @Test
    void aRemovedSectionIsMajorAChangeIsPatchAndAGivenBumpWins() throws Exception {
        try (GitFixture fixture = released()) {
            fixture.write("skills/demo/SKILL.md", skill("demo", "1.0.0", "# Demo\n"));
            fixture.commit("Drop steps");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                SkillReleaser releaser = new SkillReleaser(repo, COUNTER);
                assertThat(releaser.plan("skills/demo", Optional.empty(), DAY).version()).hasToString("2.0.0");
                ReleasePlan given = releaser.plan("skills/demo", Optional.of(Bump.PATCH), DAY);
                assertThat(given.version()).hasToString("1.0.1");
                assertThat(given.bumpInferred()).isFalse();
            }
            fixture.write("skills/demo/SKILL.md", skill("demo", "1.0.0", "# Demo\n\n## Steps\n\nRead it all.\n"));
            fixture.commit("Reword steps");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                // compared with the release, not with the previous commit: the section is back, changed
                assertThat(new SkillReleaser(repo, COUNTER).plan("skills/demo", Optional.empty(), DAY).version())
                        .hasToString("1.0.1");
            }
        }
    }

    @Test
    void refusesUncommittedFilesAnUnchangedSkillAndAnExistingTag() throws Exception {
        try (GitFixture fixture = released(); SkillRepository repo = SkillRepository.open(fixture.dir())) {
            SkillReleaser releaser = new SkillReleaser(repo, COUNTER);
            assertThatThrownBy(() -> releaser.plan("skills/demo", Optional.empty(), DAY))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("nothing in demo changed since demo/v1.0.0; there is nothing to release");
            fixture.write("skills/demo/references/new.md", "# New\n");
            assertThatThrownBy(() -> releaser.plan("skills/demo", Optional.empty(), DAY))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("1 file of the skill is not committed (skills/demo/references/new.md); commit or "
                            + "stash them before releasing");
            fixture.commit("Add a reference");
            // a release made on another branch, not reachable from HEAD
            fixture.branch("side");
            fixture.write("skills/demo/references/side.md", "# Side\n");
            fixture.commit("Side work");
            fixture.lightweightTag("demo/v1.1.0");
            fixture.checkout("main");
            assertThatThrownBy(() -> releaser.plan("skills/demo", Optional.of(Bump.MINOR), DAY))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("tag demo/v1.1.0 exists already; raise the version or delete the tag");
        }
    }

    @Test
    void theFirstReleaseTagsTheVersionAsWrittenAndAddsMetadataWhenMissing() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("first"))) {
            fixture.write("demo/SKILL.md", "---\nname: demo\ndescription: Does demo things. Use when testing.\n"
                    + "license: MIT\n---\n\n" + BODY);
            fixture.write("demo/CHANGELOG.md", "# Changes to demo\n\nNotes.\n");
            fixture.commit("Add demo");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                ReleasePlan plan = new SkillReleaser(repo, COUNTER).plan("demo", Optional.empty(), DAY);
                assertThat(plan.version()).hasToString("1.0.0");
                assertThat(plan.bump()).isEmpty();
                assertThat(plan.skillFileText()).isEqualTo("---\nname: demo\ndescription: Does demo things. Use "
                        + "when testing.\nlicense: MIT\nmetadata:\n  version: \"1.0.0\"\n---\n\n" + BODY);
                assertThat(plan.changelogText()).isEqualTo("# Changes to demo\n\n## 1.0.0 - 2026-03-02\n\n"
                        + "First release.\n\n- Add demo (" + plan.commits().get(0).shortId() + ")\n\nNotes.\n");
            }
        }
    }

    @Test
    void aVersionThatIsNotSemverIsRefused() throws Exception {
        try (GitFixture fixture = GitFixture.init(tmp.resolve("bad"))) {
            fixture.write("demo/SKILL.md", skill("demo", "v2", BODY));
            fixture.commit("Add demo");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                assertThatThrownBy(() -> new SkillReleaser(repo, COUNTER).plan("demo", Optional.empty(), DAY))
                        .isInstanceOf(HistoryException.class)
                        .hasMessage("metadata.version 'v2' of demo is not a semantic version (MAJOR.MINOR.PATCH, "
                                + "e.g. 1.0.0); fix it before releasing");
            }
        }
    }

    @Test
    void aByteOrderMarkSurvivesTheRelease() throws Exception {
        try (GitFixture fixture = released()) {
            byte[] bom = ("\uFEFF" + skill("demo", "1.0.0", BODY + "\nMore.\n")).getBytes(StandardCharsets.UTF_8);
            fixture.writeBytes("skills/demo/SKILL.md", bom);
            fixture.commit("More");
            try (SkillRepository repo = SkillRepository.open(fixture.dir())) {
                SkillReleaser releaser = new SkillReleaser(repo, COUNTER);
                releaser.apply(releaser.plan("skills/demo", Optional.empty(), DAY));
                byte[] written = Files.readAllBytes(fixture.dir().resolve("skills/demo/SKILL.md"));
                assertThat(new String(written, StandardCharsets.UTF_8))
                        .isEqualTo("\uFEFF" + skill("demo", "1.0.1", BODY + "\nMore.\n"));
            }
        }
    }
}
