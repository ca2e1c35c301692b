package dev.skillpack.validator.config;

import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.source.SourceLimits;
import java.util.List;

/**
 * The {@code limits:} section of {@code .skillpack.yaml}: how much of a pack is read. Each is per skill
 * where that makes sense, and reaching one is a finding, never a failure.
 * <pre>
 * limits:
 *   file-bytes: 16777216      # a larger file is not read (SP022)
 *   files: 10000              # files per skill (SP022)
 *   skill-bytes: 67108864     # bytes per skill (SP022)
 *   depth: 32                 # folder nesting (SP022)
 *   entries: 500000           # files and folders visited in one walk (SP022)
 *   frontmatter-chars: 65536  # front matter size (SP003)
 *   yaml-depth: 16            # front matter nesting (SP003)
 *   line-chars: 20000         # characters on one line (SP040)
 *   analysed-bytes: 1048576   # a larger text file gets only its front matter and character checks (SP110)
 * </pre>
 *
 * @param source limits on listing and reading files
 * @param parse limits on parsing them
 */
public record ReadingLimits(SourceLimits source, ParseLimits parse) {
    /** The setting names, in documentation order. */
    public static final List<String> KEYS = List.of("file-bytes", "files", "skill-bytes", "depth", "entries",
            "frontmatter-chars", "yaml-depth", "line-chars", "analysed-bytes");
    /**
     * 1 MiB: a text file larger than this is not analysed in depth. Several times the largest file of the public
     * skill packs (a 237 KiB XML schema; the largest Markdown file is 141 KiB), and far below the sizes where a
     * full analysis takes seconds and hundreds of megabytes.
     */
    public static final long DEFAULT_ANALYSED_BYTES = 1024L * 1024;

    /** @return the defaults of core, with text files over {@link #DEFAULT_ANALYSED_BYTES} not analysed in depth */
    public static ReadingLimits defaults() {
        return new ReadingLimits(SourceLimits.defaults(),
                ParseLimits.defaults().withMaxAnalysedBytes(DEFAULT_ANALYSED_BYTES));
    }

    /**
     * @param key one of {@link #KEYS}
     * @param value a positive number
     * @return these limits with that one changed
     */
    ReadingLimits with(String key, long value) {
        int small = (int) Math.min(Integer.MAX_VALUE, value);
        SourceLimits s = source;
        ParseLimits p = parse;
        switch (key) {
            case "file-bytes" -> s = s.withMaxFileBytes(value);
            case "files" -> s = s.withMaxFiles(small);
            case "skill-bytes" -> s = s.withMaxSkillBytes(value);
            case "depth" -> s = s.withMaxDepth(small);
            case "entries" -> s = s.withMaxEntries(small);
            case "frontmatter-chars" -> p = new ParseLimits(small, p.maxYamlDepth(), p.maxLineChars(),
                    p.maxAnalysedBytes());
            case "yaml-depth" -> p = new ParseLimits(p.maxFrontmatterChars(), small, p.maxLineChars(),
                    p.maxAnalysedBytes());
            case "line-chars" -> p = new ParseLimits(p.maxFrontmatterChars(), p.maxYamlDepth(), small,
                    p.maxAnalysedBytes());
            case "analysed-bytes" -> p = p.withMaxAnalysedBytes(value);
            default -> throw new IllegalArgumentException("unknown limit " + key);
        }
        return new ReadingLimits(s, p);
    }
}
