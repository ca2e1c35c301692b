package dev.skillpack.core.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What releasing a skill will do, worked out without writing anything: the version, the tag, the new
 * SKILL.md and CHANGELOG.md texts, the commit and tag messages. {@link SkillReleaser#apply} carries it out.
 *
 * @param skillFolder the skill's folder in the repository
 * @param skillName the skill's name (what its tags start with)
 * @param previous the last release reachable from HEAD
 * @param writtenVersion {@code metadata.version} as SKILL.md has it now
 * @param bump the bump applied; empty when the version as written is released
 * @param bumpInferred whether the bump was inferred from the section diff rather than given
 * @param version the version to release
 * @param tagName the tag to create
 * @param diff what changed since the previous release
 * @param commits the commits since the previous release that changed the skill, newest first
 * @param skillFileText SKILL.md's text with the new version spliced in (only the value changes)
 * @param changelogPath the change log's path in the repository
 * @param changelogText the change log's text with the new section first
 * @param changelogSection the new section alone
 * @param commitMessage the release commit's message
 * @param tagMessage the annotated tag's message
 */
public record ReleasePlan(String skillFolder, String skillName, Optional<ReleaseTag> previous,
                          Optional<String> writtenVersion, Optional<Bump> bump, boolean bumpInferred,
                          SemanticVersion version, String tagName, Optional<SectionDiff> diff,
                          List<CommitInfo> commits, String skillFileText, String changelogPath,
                          String changelogText, String changelogSection, String commitMessage, String tagMessage) {

    /** Validates and copies the fields. */
    public ReleasePlan {
        Objects.requireNonNull(skillFolder, "skillFolder");
        Objects.requireNonNull(skillName, "skillName");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(writtenVersion, "writtenVersion");
        Objects.requireNonNull(bump, "bump");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tagName, "tagName");
        Objects.requireNonNull(diff, "diff");
        commits = List.copyOf(commits);
        Objects.requireNonNull(skillFileText, "skillFileText");
        Objects.requireNonNull(changelogPath, "changelogPath");
        Objects.requireNonNull(changelogText, "changelogText");
        Objects.requireNonNull(changelogSection, "changelogSection");
        Objects.requireNonNull(commitMessage, "commitMessage");
        Objects.requireNonNull(tagMessage, "tagMessage");
    }

    /** @return whether SKILL.md changes (false when the version as written is released) */
    public boolean writesVersion() {
        return writtenVersion.map(v -> !v.equals(version.toString())).orElse(true);
    }

    /** @return the path of SKILL.md in the repository */
    public String skillFilePath() {
        return skillFolder.isEmpty() ? "SKILL.md" : skillFolder + "/SKILL.md";
    }
}
