package dev.skillpack.bench;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.engine.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * How long every built-in rule takes on a parsed pack, and parse plus rules together, once the JVM is
 * warm. The default pack is the checked-in real skills; pass {@code -p pack=FOLDER} for another one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidateBenchmark {
    /** The pack to validate, relative to the working directory. */
    @Param("core/src/test/resources/real-skills")
    public String pack;

    private DirectorySkillSource source;
    private SkillPack parsed;
    private Validator validator;

    /** Parses the pack once for {@link #rulesOnly()}. */
    @Setup
    public void setUp() {
        Path root = Path.of(pack);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no folder " + root.toAbsolutePath() + "; run from the repository root");
        }
        source = new DirectorySkillSource(root, "pack", SourceLimits.defaults());
        parsed = SkillParser.create().parsePack(source);
        validator = Validator.builder().build();
    }

    /** @return the findings of every built-in rule on the already parsed pack */
    @Benchmark
    public ValidationResult rulesOnly() {
        return validator.validate(parsed);
    }

    /** @return the findings of reading and checking the pack from disk */
    @Benchmark
    public ValidationResult parseAndValidate() {
        return validator.validate(source);
    }
}
