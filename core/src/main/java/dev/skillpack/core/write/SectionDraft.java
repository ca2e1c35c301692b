package dev.skillpack.core.write;

import java.util.List;
import java.util.Objects;

/**
 * A section to be written: a heading, its blocks, then its sub-sections. Build one with
 * {@link SectionBuilder}.
 *
 * @param heading the heading text (inline Markdown, one line)
 * @param level the heading level, 1 to 6
 * @param blocks the prose and code directly under the heading
 * @param children the sub-sections, each with a deeper level
 */
public record SectionDraft(String heading, int level, List<BlockDraft> blocks, List<SectionDraft> children) {

    /** Validates the fields. */
    public SectionDraft {
        Objects.requireNonNull(heading, "heading");
        if (heading.isBlank() || heading.contains("\n") || heading.contains("\r")) {
            throw new IllegalArgumentException("heading must be one non-blank line: '" + heading + "'");
        }
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6, not " + level);
        }
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
        for (SectionDraft child : children) {
            if (child.level() <= level) {
                throw new IllegalArgumentException("sub-section '" + child.heading() + "' has level " + child.level()
                        + "; under '" + heading + "' (level " + level + ") it needs a deeper level");
            }
        }
    }
}
