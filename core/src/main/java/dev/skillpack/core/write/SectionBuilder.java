package dev.skillpack.core.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link SectionDraft}: a heading, a directive paragraph or more, code examples and
 * sub-sections. Not thread-safe; {@link #build()} returns an immutable value.
 *
 * <pre>{@code
 * SectionDraft sql = SectionBuilder.heading(2, "SQL injection")
 *         .paragraph("Always pass user input as bound parameters.")
 *         .code("python", "cur.execute(\"SELECT * FROM t WHERE id = %s\", (user_id,))")
 *         .build();
 * }</pre>
 */
public final class SectionBuilder {
    private final String heading;
    private final int level;
    private final List<BlockDraft> blocks = new ArrayList<>();
    private final List<SectionDraft> children = new ArrayList<>();

    private SectionBuilder(String heading, int level) {
        this.heading = heading;
        this.level = level;
    }

    /**
     * @param level heading level, 1 to 6
     * @param text heading text, one line
     * @return a builder for a section with that heading
     * @throws IllegalArgumentException when the heading is blank or not one line, or the level not 1 to 6
     */
    public static SectionBuilder heading(int level, String text) {
        new SectionDraft(text, level, List.of(), List.of()); // fails fast on a bad heading or level
        return new SectionBuilder(text, level);
    }

    /**
     * @param markdown prose (a directive paragraph, a list, a table) without headings
     * @return this builder
     */
    public SectionBuilder paragraph(String markdown) {
        blocks.add(new ProseDraft(markdown));
        return this;
    }

    /**
     * @param language the code's language, e.g. {@code java}; "" for none
     * @param code the code
     * @param attributes further words of the info string
     * @return this builder
     */
    public SectionBuilder code(String language, String code, String... attributes) {
        blocks.add(new CodeDraft(language, List.of(attributes), code));
        return this;
    }

    /**
     * @param block a block to add
     * @return this builder
     */
    public SectionBuilder block(BlockDraft block) {
        blocks.add(block);
        return this;
    }

    /**
     * @param child a sub-section with a deeper level; written after this section's blocks
     * @return this builder
     */
    public SectionBuilder section(SectionDraft child) {
        children.add(child);
        return this;
    }

    /**
     * @param child a sub-section with a deeper level; written after this section's blocks
     * @return this builder
     */
    public SectionBuilder section(SectionBuilder child) {
        return section(child.build());
    }

    /**
     * @return the section
     * @throws IllegalArgumentException when the heading is blank or not one line, or a sub-section is not deeper
     */
    public SectionDraft build() {
        return new SectionDraft(heading, level, blocks, children);
    }
}
