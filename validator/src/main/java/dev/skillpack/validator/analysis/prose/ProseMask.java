package dev.skillpack.validator.analysis.prose;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.Inline;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a Markdown file's prose is, read from the inline elements the parser kept rather than by lexing
 * the text again. Two views of one document, built once:
 * <ul>
 *   <li>the text of its paragraphs, headings and table cells with markup masked: only what commonmark
 *   read as literal text keeps its characters; code spans and autolinks become {@link ProseDocument#CODE};
 *   emphasis delimiters, link brackets and destinations, images, heading markers, escapes, comments and
 *   presentational HTML tags become spaces. Line breaks stay, so every character sits at its offset.</li>
 *   <li>regions: whether an offset lies in a code block, a code span, a link or HTML, or in prose.</li>
 * </ul>
 * Rules that look for paths or words written as plain text ask here, so that a path shown in a code
 * example or already linked is not mistaken for prose. Immutable.
 */
public final class ProseMask {
    /**
     * Presentational HTML tags: they mark text up without saying anything. Any other tag-like text (such
     * as {@code <placeholder>}) stays, since a reader sees it as written.
     */
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:a|abbr|b|br|code|del|details|div|em|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strong|sub"
                    + "|summary|sup|table|td|th|tr|u|ul|hr)\\b[^<>\\n]*>", Pattern.CASE_INSENSITIVE);

    private final MarkdownDocument document;
    private final char[] masked;
    private final List<int[]> cells;
    private final int[][] codeBlocks;
    private final int[][] codeSpans;
    private final int[][] linksAndHtml;

    private ProseMask(MarkdownDocument document) {
        this.document = document;
        String raw = document.file().text();
        this.masked = raw.toCharArray();
        List<SourceSpan> blocks = new ArrayList<>();
        List<SourceSpan> other = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph || block instanceof Heading || block instanceof Table) {
                fill(block.span().offset(), block.span().endOffset(), ' ');
            } else if (block instanceof CodeExample) {
                blocks.add(block.span());
            } else if (block instanceof HtmlBlock) {
                other.add(block.span());
            }
        }
        List<SourceSpan> code = new ArrayList<>();
        List<int[]> tableCells = new ArrayList<>();
        for (Inline inline : document.inlines()) {
            if (inline.kind() == Inline.Kind.TEXT) {
                raw.getChars(inline.span().offset(), inline.span().endOffset(), masked, inline.span().offset());
            }
        }
        for (Inline inline : document.inlines()) {
            SourceSpan span = inline.span();
            switch (inline.kind()) {
                case CODE -> {
                    fill(span.offset(), span.endOffset(), ProseDocument.CODE);
                    code.add(span);
                }
                case AUTOLINK -> {
                    fill(span.offset(), span.endOffset(), ProseDocument.CODE);
                    other.add(span);
                }
                case LINK -> other.add(span);
                case IMAGE -> {
                    fill(span.offset(), span.endOffset(), ' ');
                    other.add(span);
                }
                case ESCAPE -> fill(span.offset(), span.endOffset(), ' ');
                case HTML -> html(raw, span, other);
                case TABLE_CELL -> tableCells.add(new int[] {span.offset(), span.endOffset()});
                default -> {
                    // emphasis and hard breaks: their delimiters are no text, so they are spaces already
                }
            }
        }
        this.cells = List.copyOf(tableCells);
        this.codeBlocks = merged(blocks);
        this.codeSpans = merged(code);
        this.linksAndHtml = merged(other);
    }

    /**
     * @param document a parsed Markdown file
     * @return where its prose is
     */
    public static ProseMask of(MarkdownDocument document) {
        return new ProseMask(document);
    }

    /** A comment or a presentational tag is masked; other tag-like text is shown as it is written. */
    private void html(String raw, SourceSpan span, List<SourceSpan> other) {
        String tag = raw.substring(span.offset(), span.endOffset());
        if (tag.startsWith("<!--")) {
            fill(span.offset(), span.endOffset(), ' ');
            other.add(span);
        } else if (HTML_TAG.matcher(tag).matches()) {
            fill(span.offset(), span.endOffset(), ' ');
        } else {
            raw.getChars(span.offset(), span.endOffset(), masked, span.offset());
        }
    }

    private void fill(int from, int to, char with) {
        for (int i = Math.max(0, from); i < Math.min(to, masked.length); i++) {
            if (masked[i] != '\n') {
                masked[i] = with;
            }
        }
    }

    /** @return the document */
    public MarkdownDocument document() {
        return document;
    }

    /**
     * @param from an offset inside a paragraph, heading or table
     * @param to an offset after {@code from} in the same block
     * @return the masked text between them
     */
    public String text(int from, int to) {
        return new String(masked, from, to - from);
    }

    /**
     * @param table a table of the document
     * @return its cells as {@code [start, end)} offsets, from the character after a pipe to the character
     *         before the next, row by row (cells commonmark added to pad a short row are left out)
     */
    public List<int[]> cells(Table table) {
        int from = table.span().offset();
        int to = table.span().endOffset();
        int lo = 0;
        int hi = cells.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cells.get(mid)[0] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = lo; i < cells.size() && cells.get(i)[1] <= to; i++) {
            out.add(cells.get(i).clone());
        }
        return out;
    }

    /** Sorted, disjoint [start, end) intervals covering the spans. */
    private static int[][] merged(List<SourceSpan> spans) {
        List<SourceSpan> copy = new ArrayList<>(spans);
        copy.sort(Comparator.comparingInt(SourceSpan::offset));
        List<int[]> out = new ArrayList<>();
        for (SourceSpan s : copy) {
            if (!out.isEmpty() && s.offset() <= out.get(out.size() - 1)[1]) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], s.endOffset());
            } else {
                out.add(new int[] {s.offset(), s.endOffset()});
            }
        }
        return out.toArray(new int[0][]);
    }

    /**
     * @param offset an offset into the file's text
     * @return whether it lies in a fenced or indented code block
     */
    public boolean inCodeBlock(int offset) {
        return within(codeBlocks, offset);
    }

    /**
     * @param offset an offset into the file's text
     * @return whether it lies in a code span
     */
    public boolean inCodeSpan(int offset) {
        return within(codeSpans, offset);
    }

    /**
     * @param offset an offset into the file's text
     * @return the code block holding it, if any
     */
    public Optional<CodeExample> codeBlockAt(int offset) {
        return document.codeExamples().stream()
                .filter(c -> c.span().offset() <= offset && offset < c.span().endOffset()).findFirst();
    }

    /**
     * @param offset an offset into the file's text
     * @return whether it is prose: in the body and outside code, links, HTML blocks and comments
     */
    public boolean inProse(int offset) {
        return offset >= document.bodyOffset() && !within(codeBlocks, offset) && !within(codeSpans, offset)
                && !within(linksAndHtml, offset);
    }

    /**
     * @param offset an offset into the file's text
     * @return whether it lies in a link (text or destination), an image, an HTML block or a comment
     */
    public boolean inLinkOrHtml(int offset) {
        return within(linksAndHtml, offset);
    }

    private static boolean within(int[][] intervals, int offset) {
        int lo = 0;
        int hi = intervals.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (intervals[mid][1] <= offset) {
                lo = mid + 1;
            } else if (intervals[mid][0] > offset) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
