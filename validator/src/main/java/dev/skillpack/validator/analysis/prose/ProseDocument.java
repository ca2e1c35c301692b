package dev.skillpack.validator.analysis.prose;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one Markdown file: what an author wrote as sentences, with code, markup, link
 * destinations, URLs, HTML and front matter masked out. Offsets stay those of the file, so a match in
 * the prose is a span in the file. The markup comes from the parser's inline spans through
 * {@link ProseMask}; only what Markdown does not mark (bare URLs, quotations) is found here in the text.
 * Immutable.
 */
public final class ProseDocument {
    /** Stands in for every character of a code span or bare URL: an opaque word no phrase matches. */
    public static final char CODE = '\uE000';
    /** Stands in for every character of a quoted passage in {@link ProseBlock#unquoted()}. */
    public static final char QUOTE = '\uE001';

    private static final Pattern URL = Pattern.compile(
            "(?:\\b(?:https?|ftp|file)://|\\bwww\\.)[^\\s\\uE000<>)\\]]+");
    private static final Pattern QUOTED = Pattern.compile(
            "\"[^\"\\n]{0,300}(?:\\n[^\"\\n]{0,300}){0,3}\"|“[^”]{0,400}”|‘[^’]{0,400}’|«[^»]{0,400}»"
                    + "|(?<![\\p{L}\\p{N}'’])'(?=[^\\s'])[^'\\n]{0,200}(?<=[^\\s'])'(?![\\p{L}\\p{N}])");

    /** Headings whose sections show examples or mistakes rather than instruct. */
    private static final Pattern ILLUSTRATIVE_HEADING = Pattern.compile(
            "(?i)\\b(?:examples?|samples?|anti-?patterns?|counter-?examples?|pitfalls?|mistakes?|red flags"
                    + "|rationali[sz]ations?|excuses|templates?|transcripts?|what not to \\w+|don'?ts"
                    + "|(?:bad|good|weak|strong|vague|wrong|poor|better|worse)\\s+(?:and|vs\\.?|versus|/)"
                    + "|(?:bad|good|weak|strong|vague|specific|wrong|right|poor|better|worse|before|after)\\s+"
                    + "(?:examples?|patterns?|versions?|outputs?|prompts?|descriptions?|instructions?|wording)"
                    + "|before\\s*(?:and|/|vs\\.?)\\s*after)\\b"
                    + "|^\\s*(?:bad|good|wrong|right|correct|incorrect|avoid|before|after|weak|strong|vague|don'?t)"
                    + "\\s*(?:[:(✗✓❌✅]|$)");
    /** A block that starts like "Bad:", "❌", "Example:" shows something rather than instructing. */
    private static final Pattern ILLUSTRATIVE_START = Pattern.compile(
            "(?i)^[\\s\\uE001]*(?:[❌✅✗✓✘✔👎👍🚫⛔⚠]|(?:bad|good|wrong|right|correct|incorrect|weak|strong|vague"
                    + "|specific|better|worse|before|after|example|examples|e\\.g\\.|instead of|avoid|don'?t"
                    + "|user|assistant|human|claude|agent|model|output|input|prompt|response|q|a)"
                    + "(?:\\s+(?:example|version|output|prompt|description|pattern))?\\s*(?:\\(.{0,30}\\))?\\s*[:：])");
    /** A lead paragraph ending in ':' whose list shows examples ("phrases like:", "Avoid:"). */
    private static final Pattern ILLUSTRATIVE_LEAD = Pattern.compile(
            "(?i)\\b(?:for example|for instance|e\\.g\\.|such as|examples?|samples?|phrases?|phrasing|wording|words"
                    + "|sentences|statements|questions|queries|requests|prompts|messages|triggers?|like|says?|asks?"
                    + "|bad|vague|weak|avoid|avoiding|instead of|don'?t (?:write|say|use)|red flags|rationali[sz]ations?"
                    + "|excuses|mistakes|anti-?patterns?|templates?|outputs?)\\b[^:]{0,80}:\\s*$");
    /** Block-level HTML tags whose content is an example. */
    private static final Pattern ILLUSTRATIVE_TAG = Pattern.compile(
            "(?i)^\\s*<([a-z][\\w-]*(?:example|sample|bad|good|wrong|correct|incorrect|before|after|output|template"
                    + "|transcript|conversation|user|assistant|prompt|response)[\\w-]*|example[\\w-]*|bad[\\w-]*"
                    + "|good[\\w-]*)(?:\\s[^>]*)?>\\s*$");

    private final MarkdownDocument document;
    private final List<ProseBlock> blocks;
    private final List<List<Block>> sectionBlocks;
    /** Sentences split once per block, since several rules read them; keyed by identity. */
    private final java.util.Map<ProseBlock, List<Sentence>> sentences = new java.util.IdentityHashMap<>();
    /** Directive readings, keyed by identity of the sentences handed out above. */
    private final java.util.Map<Sentence, java.util.Optional<Directive>> directives = new java.util.IdentityHashMap<>();
    /** Lower-cased sentences with their letter pairs, keyed likewise: every phrase-list rule reads them. */
    private final java.util.Map<Sentence, LiteralPrefilter.Text> lowered = new java.util.IdentityHashMap<>();

    private ProseDocument(MarkdownDocument document, List<ProseBlock> blocks, List<List<Block>> sectionBlocks) {
        this.document = document;
        this.blocks = List.copyOf(blocks);
        this.sectionBlocks = sectionBlocks.stream().map(List::copyOf).toList();
    }

    /**
     * @param document a parsed Markdown file
     * @return its prose, with the blocks that show examples marked as illustrative
     */
    public static ProseDocument of(MarkdownDocument document) {
        return of(document, false);
    }

    /**
     * @param document a parsed Markdown file
     * @param illustrativeFile whether the whole file is an example (a file under {@code examples/})
     * @return its prose
     */
    public static ProseDocument of(MarkdownDocument document, boolean illustrativeFile) {
        return of(ProseMask.of(document), illustrativeFile);
    }

    /**
     * @param mask where a parsed Markdown file's prose is (built once per file by the analysis)
     * @param illustrativeFile whether the whole file is an example (a file under {@code examples/})
     * @return its prose
     */
    public static ProseDocument of(ProseMask mask, boolean illustrativeFile) {
        return new Builder(mask, illustrativeFile).build();
    }

    /** @return the Markdown file */
    public MarkdownDocument document() {
        return document;
    }

    /** @return the file's display path */
    public String path() {
        return document.path();
    }

    /** @return the prose blocks in document order */
    public List<ProseBlock> blocks() {
        return blocks;
    }

    /** @return the paragraphs (not headings or table cells) in document order */
    public List<ProseBlock> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == ProseBlock.Kind.PARAGRAPH).toList();
    }

    /**
     * @param section a section index from {@link ProseBlock#section()}
     * @return the blocks directly in that section, its heading excluded, sub-sections excluded
     */
    public List<Block> sectionBlocks(int section) {
        return section >= 0 && section < sectionBlocks.size() ? sectionBlocks.get(section) : List.of();
    }

    /**
     * @param offset offset in the file
     * @param length number of characters
     * @return the span
     */
    public SourceSpan span(int offset, int length) {
        return document.file().lines().span(offset, length);
    }

    /**
     * @param block a prose block of this document
     * @return its sentences
     */
    public List<Sentence> sentences(ProseBlock block) {
        return once(sentences, block, b -> List.copyOf(Sentences.split(b, document.file().text())));
    }

    /**
     * @param sentence a sentence of this document
     * @return {@link Directives#defaults()} reading of it, read once however many rules ask
     */
    public java.util.Optional<Directive> directive(Sentence sentence) {
        return once(directives, sentence, Directives.defaults()::read);
    }

    /**
     * @param sentence a sentence of this document
     * @return its {@link Sentence#unquoted()} text as {@link LiteralPrefilter.Text#of} reads it, read once however
     *         many rules ask
     */
    public LiteralPrefilter.Text lowered(Sentence sentence) {
        return once(lowered, sentence, s -> LiteralPrefilter.Text.of(s.unquoted()));
    }

    /**
     * The value of a block or sentence, read outside the lock (two rules may read it at once; the first stored wins,
     * and both readings are equal), so a rule never waits on another rule's reading of a different one.
     */
    private static <K, T> T once(java.util.Map<K, T> known, K key, java.util.function.Function<K, T> read) {
        synchronized (known) {
            T stored = known.get(key);
            if (stored != null) {
                return stored;
            }
        }
        T fresh = read.apply(key);
        synchronized (known) {
            T stored = known.putIfAbsent(key, fresh);
            return stored != null ? stored : fresh;
        }
    }

    /** @return every sentence of every paragraph, in document order */
    public List<Sentence> paragraphSentences() {
        List<Sentence> all = new ArrayList<>();
        for (ProseBlock block : paragraphs()) {
            all.addAll(sentences(block));
        }
        return all;
    }

    /**
     * @return the sentences of the paragraphs that instruct (those not {@link ProseBlock#illustrative()}),
     *         in document order
     */
    public List<Sentence> instructingSentences() {
        List<Sentence> all = new ArrayList<>();
        for (ProseBlock block : paragraphs()) {
            if (!block.illustrative()) {
                all.addAll(sentences(block));
            }
        }
        return all;
    }

    /** Builds the masked blocks of one document. */
    private static final class Builder {
        private final MarkdownDocument document;
        private final boolean illustrativeFile;
        private final String raw;
        private final ProseMask mask;
        private final List<ProseBlock> result = new ArrayList<>();
        private final List<List<Block>> sections = new ArrayList<>();
        private final java.util.Map<Heading, Boolean> illustrativeHeadings = new java.util.IdentityHashMap<>();

        Builder(ProseMask mask, boolean illustrativeFile) {
            this.document = mask.document();
            this.illustrativeFile = illustrativeFile;
            this.raw = document.file().text();
            this.mask = mask;
        }

        ProseDocument build() {
            Deque<Heading> headings = new ArrayDeque<>();
            sections.add(new ArrayList<>());
            int section = 0;
            Deque<String> openTags = new ArrayDeque<>();
            int leadColumn = -1;
            boolean leadActive = false;
            boolean leadRoot = false;
            for (Block block : document.blocks()) {
                if (block instanceof Heading heading) {
                    while (!headings.isEmpty() && headings.peekLast().level() >= heading.level()) {
                        headings.removeLast();
                    }
                    List<Heading> above = List.copyOf(headings);
                    headings.addLast(heading);
                    section++;
                    sections.add(new ArrayList<>());
                    leadActive = false;
                    addHeading(heading, above, section, illustrativeFile || !openTags.isEmpty()
                            || above.stream().anyMatch(this::illustrativeHeading));
                    continue;
                }
                sections.get(section).add(block);
                List<Heading> path = List.copyOf(headings);
                boolean underIllustrativeHeading = path.stream().anyMatch(this::illustrativeHeading);
                int column = block.span().columnIndex();
                if (leadActive) {
                    boolean inside = leadRoot ? block instanceof Paragraph p && p.container() != Block.Container.ROOT
                            || block instanceof CodeExample c && c.container() != Block.Container.ROOT
                            || block instanceof Table t && t.container() != Block.Container.ROOT
                            : column > leadColumn && !(block instanceof Paragraph p2
                            && p2.container() == Block.Container.ROOT);
                    if (!inside) {
                        leadActive = false;
                    }
                }
                boolean illustrative = illustrativeFile || underIllustrativeHeading || !openTags.isEmpty()
                        || leadActive;
                if (block instanceof HtmlBlock html) {
                    trackTags(html.html(), openTags);
                } else if (block instanceof Paragraph paragraph) {
                    ProseBlock prose = paragraph(paragraph, path, section, illustrative);
                    if (!leadActive && prose.text().stripTrailing().endsWith(":")
                            && ILLUSTRATIVE_LEAD.matcher(prose.text().stripTrailing()).find()) {
                        leadActive = true;
                        leadColumn = column;
                        leadRoot = paragraph.container() == Block.Container.ROOT;
                    }
                } else if (block instanceof Table table) {
                    tableCells(table, path, section, illustrative);
                }
            }
            return new ProseDocument(document, result, sections);
        }

        /** Whether a heading names examples or mistakes; read once per heading. */
        private boolean illustrativeHeading(Heading heading) {
            return illustrativeHeadings.computeIfAbsent(heading,
                    h -> ILLUSTRATIVE_HEADING.matcher(h.text()).find());
        }

        private void trackTags(String html, Deque<String> openTags) {
            for (String line : html.split("\n")) {
                Matcher open = ILLUSTRATIVE_TAG.matcher(line);
                if (open.matches()) {
                    openTags.addLast(open.group(1).toLowerCase(Locale.ROOT));
                    continue;
                }
                String trimmed = line.strip().toLowerCase(Locale.ROOT);
                if (!openTags.isEmpty() && trimmed.equals("</" + openTags.peekLast() + ">")) {
                    openTags.removeLast();
                }
            }
        }

        private ProseBlock paragraph(Paragraph paragraph, List<Heading> path, int section, boolean illustrative) {
            int start = paragraph.span().offset();
            String cleaned = urls(mask.text(start, paragraph.span().endOffset()));
            String unquoted = quotes(cleaned);
            boolean marked = ILLUSTRATIVE_START.matcher(unquoted).lookingAt() && !cleaned.isBlank();
            return block(ProseBlock.Kind.PARAGRAPH, paragraph, paragraph.container(), start, cleaned, unquoted, path,
                    section, illustrative || marked || paragraph.container() == Block.Container.BLOCK_QUOTE);
        }

        private void addHeading(Heading heading, List<Heading> above, int section, boolean illustrative) {
            int start = heading.span().offset();
            block(ProseBlock.Kind.HEADING, heading, Block.Container.ROOT, start,
                    urls(mask.text(start, heading.span().endOffset())), new ArrayList<>(above), section, illustrative);
        }

        private void tableCells(Table table, List<Heading> path, int section, boolean illustrative) {
            for (int[] cell : mask.cells(table)) {
                cell(table, cell[0], cell[1], path, section, illustrative);
            }
        }

        private void cell(Table table, int from, int to, List<Heading> path, int section, boolean illustrative) {
            while (from < to && (Character.isWhitespace(raw.charAt(from)) || raw.charAt(from) == '>')) {
                from++;
            }
            while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
                to--;
            }
            if (to <= from) {
                return;
            }
            String text = urls(mask.text(from, to));
            if (text.isBlank()) {
                return;
            }
            block(ProseBlock.Kind.TABLE_CELL, table, table.container(), from, text, path, section, illustrative);
        }

        private ProseBlock block(ProseBlock.Kind kind, Block source, Block.Container container, int start, String text,
                                 List<Heading> path, int section, boolean illustrative) {
            return block(kind, source, container, start, text, quotes(text), path, section, illustrative);
        }

        private ProseBlock block(ProseBlock.Kind kind, Block source, Block.Container container, int start, String text,
                                 String unquoted, List<Heading> path, int section, boolean illustrative) {
            ProseBlock prose = new ProseBlock(kind, source, container, start, text, unquoted, path, section,
                    illustrative);
            result.add(prose);
            return prose;
        }

        /** Masks bare URLs (prose, not Markdown: commonmark leaves them as text), keeping every offset. */
        private static String urls(String text) {
            if (!text.contains("://") && !text.contains("www.")) {
                return text;
            }
            char[] chars = text.toCharArray();
            replace(URL, text, chars, CODE);
            return new String(chars);
        }

        private static String quotes(String text) {
            if (!hasAny(text, "\"“‘«'")) {
                return text;
            }
            char[] chars = text.toCharArray();
            replace(QUOTED, text, chars, QUOTE);
            return new String(chars);
        }

        private static boolean hasAny(String text, String characters) {
            for (int i = 0; i < characters.length(); i++) {
                if (text.indexOf(characters.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static void replace(Pattern pattern, String text, char[] chars, char with) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (chars[i] != '\n') {
                        chars[i] = with;
                    }
                }
            }
        }
    }
}
