package dev.skillpack.core.history;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What git knows about one skill's releases, worked out before rules run so that rules stay fast,
 * stateless and free of repository access: the last release reachable from the revision checked, whether
 * the skill changed since, the highest version ever tagged, and tags whose SKILL.md names another version.
 *
 * @param skillName the name the skill's tags start with
 * @param checked what was checked: {@code working tree}, or the revision's name
 * @param lastRelease the highest release tag reachable from the revision checked
 * @param changedSinceRelease whether the skill's files (CHANGELOG.md aside) differ from the last release
 * @param highestRelease the highest release tag of the skill on any branch
 * @param mismatches tags whose commit has another {@code metadata.version} than the tag names
 */
public record ReleaseFacts(String skillName, String checked, Optional<ReleaseTag> lastRelease,
                           boolean changedSinceRelease, Optional<ReleaseTag> highestRelease,
                           List<TagMismatch> mismatches) {

    /**
     * A release tag whose SKILL.md says another version.
     *
     * @param tag the tag
     * @param writtenVersion {@code metadata.version} at the tagged commit; empty when it has none
     */
    public record TagMismatch(ReleaseTag tag, Optional<String> writtenVersion) {
        /** Validates the fields. */
        public TagMismatch {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(writtenVersion, "writtenVersion");
        }
    }

    /** Validates and copies the fields. */
    public ReleaseFacts {
        Objects.requireNonNull(skillName, "skillName");
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(lastRelease, "lastRelease");
        Objects.requireNonNull(highestRelease, "highestRelease");
        mismatches = List.copyOf(mismatches);
    }

    /**
     * @param a a skill
     * @param b the same skill at another revision
     * @return whether their files hold the same content, CHANGELOG.md aside (CRLF read as LF; a file too
     *         large to read on both sides counts as the same)
     */
    public static boolean sameContent(Skill a, Skill b) {
        Map<String, byte[]> left = contents(a);
        Map<String, byte[]> right = contents(b);
        if (!left.keySet().equals(right.keySet())) {
            return false;
        }
        return left.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), right.get(e.getKey())));
    }

    private static Map<String, byte[]> contents(Skill skill) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Resource resource : skill.resources()) {
            if (resource.relativePath().equals(SectionDiff.CHANGELOG)) {
                continue;
            }
            byte[] bytes = resource.content().map(c -> c.toByteArray()).orElse(new byte[0]);
            if (resource.isText()) {
                bytes = resource.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            }
            files.put(resource.relativePath(), bytes);
        }
        return files;
    }
}
