package dev.skillpack.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * How one section differs between two revisions.
 *
 * @param kind what happened to the section
 * @param before the section in the older revision; empty when added
 * @param after the section in the newer revision; empty when removed
 * @param tokensBefore tokens of the section's own text (heading to its first sub-section) before
 * @param tokensAfter the same after
 * @param contentChanged whether the section's own text changed (always true for added and removed)
 * @param similarity how alike the old and new text are, 0 to 1 (1 for an unchanged text; 0 when added or removed)
 */
public record SectionChange(Kind kind, Optional<SectionRef> before, Optional<SectionRef> after, int tokensBefore,
                            int tokensAfter, boolean contentChanged, double similarity) {

    /** What happened to a section. */
    public enum Kind {
        /** Only in the newer revision. */
        ADDED,
        /** Only in the older revision. */
        REMOVED,
        /** Its heading changed; its text is alike enough to be the same section. */
        RENAMED,
        /** It moved to another place: another parent, or another position among its siblings. */
        MOVED,
        /** Same heading path, other text. */
        CHANGED
    }

    /** Validates the fields. */
    public SectionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a section change needs a section before or after");
        }
    }

    /** @return tokens after minus tokens before */
    public int tokenDelta() {
        return tokensAfter - tokensBefore;
    }

    /** @return the section's identity in the newer revision, or in the older one when it was removed */
    public SectionRef section() {
        return after.or(() -> before).orElseThrow();
    }
}
