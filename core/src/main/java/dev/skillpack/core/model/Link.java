package dev.skillpack.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A link or image, with its destination resolved against the skill.
 *
 * @param destination the destination as written
 * @param text the link text (alt text for images)
 * @param image whether it is an image
 * @param target what the destination points at
 * @param span where the link is written
 */
public record Link(String destination, String text, boolean image, LinkTarget target, SourceSpan span) {

    /** Validates the fields. */
    public Link {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(span, "span");
    }

    /** @return the skill-relative path of the file linked to, when it is a file inside the skill */
    public Optional<String> skillPath() {
        return target.kind() == LinkTarget.Kind.FILE || target.kind() == LinkTarget.Kind.MISSING
                ? Optional.of(target.path()) : Optional.empty();
    }
}
