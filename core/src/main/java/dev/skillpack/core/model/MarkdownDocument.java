package dev.skillpack.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A parsed Markdown file, or the body of a SKILL.md after its front matter.
 *
 * @param file the file the document was read from
 * @param bodyOffset offset in {@code file.text()} where the Markdown starts (after front matter)
 * @param blocks every leaf block in document order
 * @param preamble the blocks before the first heading
 * @param sections the top-level sections (lowest heading level in the file) in order
 * @param links every link and image in document order
 * @param inlineCode every code span in document order
 * @param comments every HTML comment in document order
 * @param inlines every inline element of every paragraph, heading and table cell, in document order
 *                (an element before the elements nested in it)
 */
public record MarkdownDocument(TextFile file, int bodyOffset, List<Block> blocks, List<Block> preamble,
                               List<Section> sections, List<Link> links, List<InlineCode> inlineCode,
                               List<HtmlComment> comments, List<Inline> inlines) {

    /** Copies the lists. */
    public MarkdownDocument {
        Objects.requireNonNull(file, "file");
        blocks = List.copyOf(blocks);
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        inlineCode = List.copyOf(inlineCode);
        comments = List.copyOf(comments);
        inlines = List.copyOf(inlines);
    }

    /** @return the display path of the file */
    public String path() {
        return file.path();
    }

    /** @return the Markdown text (the file text after {@link #bodyOffset()}) */
    public String body() {
        return file.text().substring(bodyOffset);
    }

    /** @return every section at every depth, in document order */
    public Stream<Section> allSections() {
        return sections.stream().flatMap(Section::flatten);
    }

    /** @return every heading in document order */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    /** @return every code block in document order */
    public List<CodeExample> codeExamples() {
        return blocks.stream().filter(CodeExample.class::isInstance).map(CodeExample.class::cast).toList();
    }

    /** @return every paragraph in document order */
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    /** @return the number of lines of the Markdown body */
    public int bodyLineCount() {
        LineMap lines = file.lines();
        int first = lines.lineIndexOf(bodyOffset);
        int last = lines.lineCount() - 1;
        if (file.text().endsWith("\n")) {
            last--;
        }
        return Math.max(0, last - first + 1);
    }
}
