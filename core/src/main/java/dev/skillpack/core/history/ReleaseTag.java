package dev.skillpack.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A release of one skill: a git tag named {@code <skill-name>/v<version>}.
 *
 * @param skillName the skill's name
 * @param version the version the tag names
 * @param tagName the tag's name, without {@code refs/tags/}
 * @param commit the commit the tag points at
 * @param annotated whether the tag is an annotated tag object (a lightweight tag is a plain ref)
 */
public record ReleaseTag(String skillName, SemanticVersion version, String tagName, CommitInfo commit,
                         boolean annotated) {

    /** Validates the fields. */
    public ReleaseTag {
        Objects.requireNonNull(skillName, "skillName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tagName, "tagName");
        Objects.requireNonNull(commit, "commit");
    }

    /**
     * @param skillName a skill's name
     * @param version a version
     * @return the tag name for that release, e.g. {@code pdf-forms/v1.2.0}
     */
    public static String nameOf(String skillName, SemanticVersion version) {
        return prefix(skillName) + version;
    }

    /**
     * @param skillName a skill's name
     * @return what every release tag of the skill starts with
     */
    public static String prefix(String skillName) {
        return skillName + "/v";
    }

    /**
     * @param skillName a skill's name
     * @param tagName a tag name without {@code refs/tags/}
     * @return the version when the tag is a release tag of that skill with a semver version
     */
    public static Optional<SemanticVersion> versionOf(String skillName, String tagName) {
        String prefix = prefix(skillName);
        return tagName.startsWith(prefix) ? SemanticVersion.parse(tagName.substring(prefix.length()))
                : Optional.empty();
    }
}
