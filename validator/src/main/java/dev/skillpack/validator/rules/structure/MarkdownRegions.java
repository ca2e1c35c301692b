package dev.skillpack.validator.rules.structure;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a Markdown file's prose is: its body minus code blocks, code spans, links, raw HTML and
 * comments. Rules that look for paths or words written as plain text ask here, so that a path shown
 * in a code example or already linked is not mistaken for prose.
 */
public final class MarkdownRegions {
    private final MarkdownDocument document;
    private final int[][] codeBlocks;
    private final int[][] codeSpans;
    private final int[][] other;

    private MarkdownRegions(MarkdownDocument document) {
        this.document = document;
        List<SourceSpan> blocks = new ArrayList<>();
        List<SourceSpan> rest = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof CodeExample) {
                blocks.add(block.span());
            } else if (block instanceof HtmlBlock) {
                rest.add(block.span());
            }
        }
        document.links().forEach(l -> rest.add(l.span()));
        document.comments().forEach(c -> rest.add(c.span()));
        this.codeBlocks = merged(blocks);
        this.codeSpans = merged(document.inlineCode().stream().map(InlineCode::span).toList());
        this.other = merged(rest);
    }

    /**
     * @param document a parsed Markdown file
     * @return its regions
     */
    public static MarkdownRegions of(MarkdownDocument document) {
        return new MarkdownRegions(document);
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
    public java.util.Optional<CodeExample> codeBlockAt(int offset) {
        return document.codeExamples().stream()
                .filter(c -> c.span().offset() <= offset && offset < c.span().endOffset()).findFirst();
    }

    /**
     * @param offset an offset into the file's text
     * @return whether it is prose: in the body and outside code, links, HTML and comments
     */
    public boolean inProse(int offset) {
        return offset >= document.bodyOffset() && !within(codeBlocks, offset) && !within(codeSpans, offset)
                && !within(other, offset);
    }

    /**
     * @param offset an offset into the file's text
     * @return whether it lies in a link (text or destination)
     */
    public boolean inLinkOrHtml(int offset) {
        return within(other, offset);
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
