package dev.skillpack.bench;

import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The "limit" for one Markdown file: decode its bytes, parse them with commonmark as skillpack's reader
 * does (tables, block and inline source spans) and count their o200k tokens exactly. Shared by the in-process
 * {@link LimitBenchmark} and the whole-process {@link LimitRun}, so both time the same work.
 */
final class LimitWork {
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** @return whether the limit reads this file: Markdown only, by its name */
    static boolean isMarkdown(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** The parsed document and the token count of one file. */
    record Result(Node document, int tokens) {}

    /**
     * @return a new o200k counter; use one per run, as each validation run has one (it remembers the pieces
     *     it has counted), and one per thread
     */
    static TokenCounter counter() {
        return TokenCounter.of(Tokenizer.O200K_BASE);
    }

    /**
     * @param bytes a Markdown file's bytes
     * @param counter the run's counter
     * @return its document and exact token count
     */
    Result of(byte[] bytes, TokenCounter counter) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Result(parser.parse(text), counter.count(text));
    }

    /**
     * @param bytes a Markdown file's bytes
     * @return its document, decoded and parsed but not counted
     */
    Node parse(byte[] bytes) {
        return parser.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
