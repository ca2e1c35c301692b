package dev.skillpack.core.model;

import java.util.Objects;

/**
 * Where a link's destination leads.
 *
 * @param kind what kind of destination
 * @param path for {@link Kind#FILE} and {@link Kind#MISSING}: the normalised skill-relative path;
 *             for {@link Kind#OUTSIDE}: the normalised path as resolved; otherwise ""
 * @param fragment the part after {@code #}, or ""
 */
public record LinkTarget(Kind kind, String path, String fragment) {

    /** Kinds of destination. */
    public enum Kind {
        /** A URL with a scheme ({@code https:}, {@code mailto:}, ...). */
        EXTERNAL,
        /** Only a fragment: a heading in the same file. */
        ANCHOR,
        /** A file that exists in the skill. */
        FILE,
        /** A relative path inside the skill to a file that does not exist. */
        MISSING,
        /** A path that leaves the skill folder, or an absolute path. */
        OUTSIDE
    }

    /** Validates the fields. */
    public LinkTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fragment, "fragment");
    }
}
