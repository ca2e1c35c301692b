package dev.skillpack.core.parse.internal;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.HtmlComment;
import dev.skillpack.core.model.Inline;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.Table;
import dev.skillpack.core.model.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Turns Markdown into the immutable document model with spans. Thread-safe. */
public final class MarkdownReader {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * @param file the file
     * @param bodyOffset where the Markdown starts in the file's text
     * @param resolver resolves link destinations
     * @return the document
     */
    public MarkdownDocument read(TextFile file, int bodyOffset, LinkResolver resolver) {
        String body = file.text().substring(bodyOffset);
        Node root = parser.parse(body);
        Collector collector = new Collector(file, bodyOffset, resolver);
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            collector.block(child, Block.Container.ROOT);
        }
        List<Block> blocks = collector.blocks;
        int firstHeading = 0;
        while (firstHeading < blocks.size() && !(blocks.get(firstHeading) instanceof Heading)) {
            firstHeading++;
        }
        List<Section> sections = sections(blocks, firstHeading, blocks.size(), file);
        return new MarkdownDocument(file, bodyOffset, blocks, blocks.subList(0, firstHeading), sections,
                collector.links, collector.inlineCode, collector.comments, collector.inlines);
    }

    /** Builds the sections of blocks[from, to), whose first block is a heading (or none is). */
    private static List<Section> sections(List<Block> blocks, int from, int to, TextFile file) {
        List<Section> result = new ArrayList<>();
        int minLevel = 7;
        for (int i = from; i < to; i++) {
            if (blocks.get(i) instanceof Heading h) {
                minLevel = Math.min(minLevel, h.level());
            }
        }
        int i = from;
        while (i < to) {
            if (!(blocks.get(i) instanceof Heading heading) || heading.level() != minLevel) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to && !(blocks.get(end) instanceof Heading h && h.level() <= minLevel)) {
                end++;
            }
            int firstChild = i + 1;
            while (firstChild < end && !(blocks.get(firstChild) instanceof Heading)) {
                firstChild++;
            }
            List<Section> children = sections(blocks, firstChild, end, file);
            SourceSpan last = blocks.get(end - 1).span();
            SourceSpan span = file.lines().span(heading.span().offset(), last.endOffset() - heading.span().offset());
            result.add(new Section(heading, blocks.subList(i + 1, firstChild), children, span));
            i = end;
        }
        return result;
    }

    /** Walks one document, collecting leaves. */
    private static final class Collector {
        private final TextFile file;
        private final LineMap lines;
        private final int base;
        private final LinkResolver resolver;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<InlineCode> inlineCode = new ArrayList<>();
        private final List<HtmlComment> comments = new ArrayList<>();
        private final List<Inline> inlines = new ArrayList<>();
        private final Map<String, Integer> anchors = new HashMap<>();

        Collector(TextFile file, int base, LinkResolver resolver) {
            this.file = file;
            this.lines = file.lines();
            this.base = base;
            this.resolver = resolver;
        }

        void block(Node node, Block.Container container) {
            SourceSpan span = span(node);
            if (node instanceof org.commonmark.node.Heading h) {
                Inlines inlines = inlines(h);
                blocks.add(new Heading(h.getLevel(), inlines.text.strip(), anchor(inlines.text), span));
            } else if (node instanceof org.commonmark.node.Paragraph p) {
                Inlines inlines = inlines(p);
                blocks.add(new Paragraph(inlines.text.strip(), container, inlines.links, inlines.code, span));
            } else if (node instanceof FencedCodeBlock f) {
                String info = f.getInfo() == null ? "" : f.getInfo();
                boolean closed = f.getClosingFenceLength() != null;
                blocks.add(new CodeExample(info, f.getLiteral(), true, closed, container, span));
            } else if (node instanceof IndentedCodeBlock c) {
                blocks.add(new CodeExample("", c.getLiteral(), false, true, container, span));
            } else if (node instanceof org.commonmark.node.HtmlBlock html) {
                blocks.add(new HtmlBlock(html.getLiteral(), container, span));
                comments(span);
            } else if (node instanceof TableBlock table) {
                table(table, container, span);
            } else if (node instanceof ListItem) {
                children(node, Block.Container.LIST_ITEM);
            } else if (node instanceof BlockQuote) {
                children(node, Block.Container.BLOCK_QUOTE);
            } else {
                children(node, container);
            }
        }

        private void children(Node node, Block.Container container) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, container);
            }
        }

        private void table(TableBlock table, Block.Container container, SourceSpan span) {
            List<List<String>> rows = new ArrayList<>();
            List<Link> tableLinks = new ArrayList<>();
            List<InlineCode> tableCode = new ArrayList<>();
            forEach(table, TableRow.class, row -> {
                List<String> cells = new ArrayList<>();
                int lastCellEnd = -1;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        inline(Inline.Kind.TABLE_CELL, cell);
                        if (!cell.getSourceSpans().isEmpty()) {
                            lastCellEnd = span(cell).endOffset();
                        }
                        Inlines inlines = inlines(cell);
                        cells.add(inlines.text.strip());
                        tableLinks.addAll(inlines.links);
                        tableCode.addAll(inlines.code);
                    }
                }
                if (lastCellEnd >= 0 && !row.getSourceSpans().isEmpty()) {
                    excessCells(lastCellEnd, span(row).endOffset());
                }
                rows.add(cells);
            });
            blocks.add(new Table(rows, tableLinks, tableCode, container, span));
        }

        /**
         * Cells written past the header's column count: GFM drops them from the table, but they are in
         * the file an agent reads, so they are kept as cells of literal text (no inline parsing). A cell
         * ends at a pipe that is neither escaped nor inside a code span.
         */
        private void excessCells(int from, int to) {
            String raw = file.text();
            int start = from + 1;
            boolean inCode = false;
            for (int i = from + 1; i <= to; i++) {
                char c = i < to ? raw.charAt(i) : '|';
                if (c == '`') {
                    inCode = !inCode;
                }
                boolean pipe = c == '|' && raw.charAt(i - 1) != '\\' && !inCode;
                if (pipe || i == to) {
                    if (i > start && !raw.substring(start, i).isBlank()) {
                        SourceSpan cell = lines.span(start, i - start);
                        inlines.add(new Inline(Inline.Kind.TABLE_CELL, cell));
                        inlines.add(new Inline(Inline.Kind.TEXT, cell));
                    }
                    start = i + 1;
                }
            }
        }

        private static <T extends Node> void forEach(Node node, Class<T> type, java.util.function.Consumer<T> action) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (type.isInstance(child)) {
                    action.accept(type.cast(child));
                } else {
                    forEach(child, type, action);
                }
            }
        }

        /** Text, links and code spans of a node's inline content. */
        private final class Inlines {
            final StringBuilder builder = new StringBuilder();
            String text;
            final List<Link> links = new ArrayList<>();
            final List<InlineCode> code = new ArrayList<>();
        }

        private Inlines inlines(Node node) {
            Inlines inlines = new Inlines();
            walk(node, inlines);
            inlines.text = inlines.builder.toString();
            return inlines;
        }

        private void walk(Node node, Inlines inlines) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    inlines.builder.append(t.getLiteral());
                    text(t);
                } else if (child instanceof Code c) {
                    inline(Inline.Kind.CODE, c);
                    inlines.builder.append(c.getLiteral());
                    InlineCode code = new InlineCode(c.getLiteral(), span(c));
                    inlines.code.add(code);
                    inlineCode.add(code);
                } else if (child instanceof SoftLineBreak) {
                    inlines.builder.append(' ');
                } else if (child instanceof HardLineBreak) {
                    inline(Inline.Kind.HARD_BREAK, child);
                    inlines.builder.append('\n');
                } else if (child instanceof HtmlInline) {
                    inline(Inline.Kind.HTML, child);
                    comments(span(child));
                } else if (child instanceof org.commonmark.node.Link l) {
                    SourceSpan at = span(child);
                    inline(at.length() > 0 && file.text().charAt(at.offset()) == '<' ? Inline.Kind.AUTOLINK
                            : Inline.Kind.LINK, child);
                    int start = inlines.builder.length();
                    walk(child, inlines);
                    add(inlines, l.getDestination(), inlines.builder.substring(start), false, span(child));
                } else if (child instanceof Image image) {
                    inline(Inline.Kind.IMAGE, child);
                    Inlines alt = inlines(child);
                    add(inlines, image.getDestination(), alt.text, true, span(child));
                } else {
                    if (child instanceof Emphasis) {
                        inline(Inline.Kind.EMPHASIS, child);
                    } else if (child instanceof StrongEmphasis) {
                        inline(Inline.Kind.STRONG_EMPHASIS, child);
                    }
                    walk(child, inlines);
                }
            }
        }

        /** Records an inline element that has a position (commonmark leaves some padding cells without). */
        private void inline(Inline.Kind kind, Node node) {
            if (!node.getSourceSpans().isEmpty()) {
                inlines.add(new Inline(kind, span(node)));
            }
        }

        /**
         * Records a text node, and the backslashes of the escapes in it: a text whose source is longer
         * than its literal holds escapes or entities, and only then is its source looked at.
         */
        private void text(Text text) {
            if (text.getSourceSpans().isEmpty()) {
                return;
            }
            SourceSpan span = span(text);
            inlines.add(new Inline(Inline.Kind.TEXT, span));
            if (span.length() == text.getLiteral().length()) {
                return;
            }
            String raw = file.text();
            for (int i = span.offset(); i < span.endOffset() - 1; i++) {
                if (raw.charAt(i) == '\\' && isAsciiPunctuation(raw.charAt(i + 1))) {
                    inlines.add(new Inline(Inline.Kind.ESCAPE, lines.span(i, 1)));
                    i++;
                }
            }
        }

        private static boolean isAsciiPunctuation(char c) {
            return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
        }

        private void add(Inlines inlines, String destination, String text, boolean image, SourceSpan span) {
            Link link = new Link(destination, text, image, resolver.resolve(destination), span);
            inlines.links.add(link);
            links.add(link);
        }

        private void comments(SourceSpan span) {
            Matcher m = COMMENT.matcher(file.text()).region(span.offset(), span.endOffset());
            while (m.find()) {
                comments.add(new HtmlComment(m.group(1).strip(), lines.span(m.start(), m.end() - m.start())));
            }
        }

        private String anchor(String headingText) {
            String slug = headingText.strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                    .replaceAll("\\s", "-");
            int seen = anchors.merge(slug, 1, Integer::sum) - 1;
            return seen == 0 ? slug : slug + "-" + seen;
        }

        private SourceSpan span(Node node) {
            List<org.commonmark.node.SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return lines.span(base, 0);
            }
            org.commonmark.node.SourceSpan first = spans.get(0);
            org.commonmark.node.SourceSpan last = spans.get(spans.size() - 1);
            int start = base + first.getInputIndex();
            int end = base + last.getInputIndex() + last.getLength();
            return lines.span(start, end - start);
        }
    }
}
