package dev.skillpack.bench;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast core reads a real pack (7 skills, 32 files, about 285 KB) and counts o200k tokens in
 * about 1 MB of Markdown. Run from the repository root; see bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    /** The pack to parse, relative to the working directory. */
    @Param("core/src/test/resources/real-skills")
    public String pack;

    private SkillSource source;
    private SkillParser parser;
    private TokenCounter counter;
    private String largeText;

    /** Lists the pack's Markdown once and repeats it to about 1 MB of text. */
    @Setup
    public void setUp() throws IOException {
        Path root = Path.of(pack);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no folder " + root.toAbsolutePath() + "; run from the repository root");
        }
        source = new DirectorySkillSource(root, "real-skills", SourceLimits.defaults());
        parser = SkillParser.create();
        counter = TokenCounter.of(Tokenizer.O200K_BASE);
        List<Path> markdown;
        try (Stream<Path> files = Files.walk(root)) {
            markdown = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            markdown.forEach(p -> {
                try {
                    text.append(Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        largeText = text.toString();
    }

    /** @return the whole pack, listed, read, decoded and parsed */
    @Benchmark
    public SkillPack parseRealSkills() {
        return parser.parsePack(source);
    }

    /** @return exact o200k_base tokens of about 1 MB of Markdown */
    @Benchmark
    public int countO200kOfOneMegabyte() {
        return counter.count(largeText);
    }
}
