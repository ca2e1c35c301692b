package dev.skillpack.core.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown file to be written: blocks before the first heading, then sections.
 *
 * @param preamble the blocks before the first heading
 * @param sections the sections in order
 */
public record DocumentDraft(List<BlockDraft> preamble, List<SectionDraft> sections) {

    /** Copies the lists. */
    public DocumentDraft {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /**
     * @param sections the sections in order
     * @return a document of these sections, with no preamble
     */
    public static DocumentDraft of(SectionDraft... sections) {
        return new DocumentDraft(List.of(), List.of(sections));
    }

    /**
     * @param preamble prose before the first heading
     * @param sections the sections in order
     * @return a document with that preamble and these sections
     */
    public static DocumentDraft of(String preamble, SectionDraft... sections) {
        return new DocumentDraft(List.of(new ProseDraft(preamble)), List.of(sections));
    }

    /**
     * @param block a block to add before the first heading
     * @return a document with the block added to the preamble
     */
    public DocumentDraft withPreamble(BlockDraft block) {
        List<BlockDraft> blocks = new ArrayList<>(preamble);
        blocks.add(block);
        return new DocumentDraft(blocks, sections);
    }

    /**
     * @param section a section to add at the end
     * @return a document with the section added
     */
    public DocumentDraft withSection(SectionDraft section) {
        List<SectionDraft> all = new ArrayList<>(sections);
        all.add(section);
        return new DocumentDraft(preamble, all);
    }

    /** @return whether the document has no blocks and no sections */
    public boolean isEmpty() {
        return preamble.isEmpty() && sections.isEmpty();
    }
}
