package dev.skillpack.core.pack;

import dev.skillpack.core.tokens.Tokenizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How skills are packaged.
 *
 * @param timestamp the modification time of every entry in every archive (see {@link BuildTimestamp})
 * @param excludes files and folders left out, the {@link #DEFAULT_EXCLUDES} first
 * @param tokenizer the tokenizer whose counts go into the index
 */
public record PackOptions(Instant timestamp, List<ExcludePattern> excludes, Tokenizer tokenizer) {

    /**
     * Build junk never packaged: {@code __pycache__/}, {@code node_modules/}, {@code *.pyc},
     * {@code .DS_Store} anywhere, and {@code evals/} at the skill's root (the same set as Anthropic's
     * skill packager).
     */
    public static final List<ExcludePattern> DEFAULT_EXCLUDES = List.of(ExcludePattern.of("__pycache__/"),
            ExcludePattern.of("node_modules/"), ExcludePattern.of("*.pyc"), ExcludePattern.of(".DS_Store"),
            ExcludePattern.of("/evals/"));

    /** Validates the fields; the time stamp must lie in the range a zip entry holds. */
    public PackOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(tokenizer, "tokenizer");
        excludes = List.copyOf(excludes);
        if (timestamp.isBefore(BuildTimestamp.EARLIEST) || timestamp.isAfter(BuildTimestamp.LATEST)) {
            throw new IllegalArgumentException("time stamp " + timestamp + " is outside 1980-01-01 to 2107-12-31, "
                    + "the range a zip entry can hold");
        }
    }

    /**
     * @param timestamp the time stamp of every entry
     * @return the default excludes and o200k_base token counts
     */
    public static PackOptions defaults(Instant timestamp) {
        return new PackOptions(timestamp, DEFAULT_EXCLUDES, Tokenizer.O200K_BASE);
    }

    /**
     * @param patterns more patterns, as written in a build file (see {@link ExcludePattern})
     * @return options that also leave these out
     * @throws IllegalArgumentException when a pattern is empty or holds a backslash
     */
    public PackOptions withExtraExcludes(List<String> patterns) {
        List<ExcludePattern> all = new ArrayList<>(excludes);
        patterns.forEach(p -> all.add(ExcludePattern.of(p)));
        return new PackOptions(timestamp, all, tokenizer);
    }

    /**
     * @param newTokenizer the tokenizer for the index's counts
     * @return options counting with it
     */
    public PackOptions withTokenizer(Tokenizer newTokenizer) {
        return new PackOptions(timestamp, excludes, newTokenizer);
    }

    /**
     * @param relativePath a path inside a skill folder
     * @return whether some pattern leaves it out
     */
    public boolean excluded(String relativePath) {
        return excludes.stream().anyMatch(p -> p.matches(relativePath));
    }
}
