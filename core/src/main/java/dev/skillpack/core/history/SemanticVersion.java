package dev.skillpack.core.history;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Semantic Versioning 2.0.0 version: {@code MAJOR.MINOR.PATCH}, an optional pre-release after
 * {@code -} and optional build metadata after {@code +}. Ordered by semver precedence (build metadata
 * ignored; a pre-release sorts before its release).
 *
 * @param major major version
 * @param minor minor version
 * @param patch patch version
 * @param preRelease dot-separated pre-release identifiers, "" when none
 * @param build build metadata, "" when none
 */
public record SemanticVersion(int major, int minor, int patch, String preRelease, String build)
        implements Comparable<SemanticVersion> {

    // the grammar of semver.org, without leading zeros in numeric parts
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor).thenComparingInt(SemanticVersion::patch)
            .thenComparing(SemanticVersion::preRelease, SemanticVersion::comparePreRelease);

    /** Validates the fields. */
    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version part");
        }
        Objects.requireNonNull(preRelease, "preRelease");
        Objects.requireNonNull(build, "build");
    }

    /**
     * @param text a version such as {@code 1.4.0} or {@code 2.0.0-rc.1}
     * @return the version, or empty when the text is not a semantic version
     */
    public static Optional<SemanticVersion> parse(String text) {
        Matcher m = SEMVER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Objects.requireNonNullElse(m.group(4), ""),
                Objects.requireNonNullElse(m.group(5), "")));
    }

    /**
     * @param bump which part to raise
     * @return the next version: lower parts reset to 0, pre-release and build dropped
     */
    public SemanticVersion bump(Bump bump) {
        return switch (bump) {
            case MAJOR -> new SemanticVersion(major + 1, 0, 0, "", "");
            case MINOR -> new SemanticVersion(major, minor + 1, 0, "", "");
            case PATCH -> preRelease.isEmpty() ? new SemanticVersion(major, minor, patch + 1, "", "")
                    : new SemanticVersion(major, minor, patch, "", "");
        };
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease)
                + (build.isEmpty() ? "" : "+" + build);
    }

    private static int comparePreRelease(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? 1 : -1; // a release sorts after its pre-releases
        }
        List<String> left = List.of(a.split("\\."));
        List<String> right = List.of(b.split("\\."));
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = compareIdentifier(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean numA = a.chars().allMatch(Character::isDigit);
        boolean numB = b.chars().allMatch(Character::isDigit);
        if (numA && numB) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (numA != numB) {
            return numA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
