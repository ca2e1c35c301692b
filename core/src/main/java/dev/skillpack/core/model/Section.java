package dev.skillpack.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A heading and what follows it up to the next heading of the same or a higher level.
 *
 * @param heading the heading
 * @param blocks the blocks between the heading and its first child section
 * @param children the sub-sections, in order
 * @param span from the heading to the end of the section's last block
 */
public record Section(Heading heading, List<Block> blocks, List<Section> children, SourceSpan span) {

    /** Copies the lists. */
    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
        Objects.requireNonNull(span, "span");
    }

    /** @return the first paragraph directly under the heading: the section's directive, if it has one */
    public Optional<Paragraph> directive() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).findFirst();
    }

    /** @return code examples directly in this section (not in children) */
    public List<CodeExample> codeExamples() {
        return blocks.stream().filter(CodeExample.class::isInstance).map(CodeExample.class::cast).toList();
    }

    /** @return this section and all sections below it, depth first */
    public Stream<Section> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Section::flatten));
    }

    /** @return every block of this section and its children, in document order */
    public List<Block> allBlocks() {
        List<Block> all = new ArrayList<>();
        all.add(heading);
        all.addAll(blocks);
        children.forEach(c -> all.addAll(c.allBlocks()));
        return List.copyOf(all);
    }
}
