package dev.skillpack.core.history;

import java.util.List;
import java.util.Objects;

/**
 * Where a section is, and its identity across revisions: the file and the path of headings from the
 * top of the file down to the section. Two sections at different revisions with the same file and
 * heading path are the same section. Text before the first heading has an empty heading path. A heading
 * that repeats under the same parent is told apart by a counter: {@code Example (2)}.
 *
 * @param file the file's path inside the skill
 * @param headingPath the headings from the outermost to this section's own
 * @param level the heading level, 0 for text before the first heading
 * @param line 1-based line of the heading in the file
 */
public record SectionRef(String file, List<String> headingPath, int level, int line) {

    /** Copies the heading path. */
    public SectionRef {
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(headingPath);
    }

    /** @return the section's own heading, "" for text before the first heading */
    public String title() {
        return headingPath.isEmpty() ? "" : headingPath.get(headingPath.size() - 1);
    }

    /** @return the heading path of the parent section */
    public List<String> parentPath() {
        return headingPath.isEmpty() ? List.of() : headingPath.subList(0, headingPath.size() - 1);
    }

    /** @return the identity as people read it: {@code SKILL.md > Steps > Detect the framework} */
    public String id() {
        return headingPath.isEmpty() ? file + " (before the first heading)"
                : file + " > " + String.join(" > ", headingPath);
    }
}
