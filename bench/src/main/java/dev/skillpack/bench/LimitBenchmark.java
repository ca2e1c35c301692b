package dev.skillpack.bench;

import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.engine.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The "limit": the least any validator that parses Markdown and counts tokens must do, next to
 * what skillpack does, on the same bytes held in memory (no disk in either). {@link #limit} decodes every
 * Markdown file, parses it with commonmark (tables, block and inline source spans, as skillpack's reader)
 * and counts its o200k tokens; {@link #fullValidation} reads the same files from memory into the model
 * and runs every built-in rule. The throughput target is fullValidation ≥ 0.7 × limit, i.e. its time per
 * operation at most 1/0.7 of limit's, from the same JMH run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LimitBenchmark {
    /** The pack, relative to the working directory. */
    @Param("core/src/test/resources/real-skills")
    public String pack;

    private final Map<String, byte[]> files = new TreeMap<>();
    private final List<byte[]> markdown = new ArrayList<>();
    private MemorySkillSource source;
    private Validator validator;
    private LimitWork work;

    /** Loads the pack's bytes once. */
    @Setup
    public void setUp() {
        Path root = Path.of(pack);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no folder " + root.toAbsolutePath() + "; run from the repository root");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(root.relativize(file).toString().replace('\\', '/'), bytes);
                if (LimitWork.isMarkdown(file.getFileName().toString())) {
                    markdown.add(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        source = MemorySkillSource.of("pack", files);
        validator = Validator.builder().build();
        work = new LimitWork();
    }

    /**
     * @param sink keeps the results alive
     */
    @Benchmark
    public void limit(Blackhole sink) {
        TokenCounter counter = LimitWork.counter(); // one per operation, as each validation run has
        for (byte[] bytes : markdown) {
            LimitWork.Result result = work.of(bytes, counter);
            sink.consume(result.document());
            sink.consume(result.tokens());
        }
    }

    /** @return the findings of reading the in-memory pack into the model and running every rule */
    @Benchmark
    public ValidationResult fullValidation() {
        return validator.validate(source);
    }
}
