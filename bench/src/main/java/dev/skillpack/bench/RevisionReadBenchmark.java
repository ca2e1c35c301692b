package dev.skillpack.bench;

import dev.skillpack.core.history.Revision;
import dev.skillpack.core.history.SkillRepository;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a pack at a revision straight from git's object database (no checkout) against reading the
 * same files from disk, both parsed into the model. Set-up copies the pack into a fresh repository
 * and commits it once; {@link #disk} reads its work tree, {@link #revision} reads HEAD's tree through
 * {@code SkillRepository.sourceAt}. The repository stays open across operations, as in one
 * {@code validate --rev} run.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar RevisionReadBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RevisionReadBenchmark {
    /** The pack to copy, relative to the working directory. */
    @Param("example-skills/src/main/skills")
    public String pack;

    private Path repository;
    private Path folder;
    private SkillRepository skills;
    private Revision head;
    private SkillParser parser;

    /** Builds the repository and opens it. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, GitAPIException, dev.skillpack.core.history.HistoryException {
        repository = Files.createTempDirectory("skillpack-revision-bench-");
        folder = repository.resolve("skills");
        Path from = Path.of(pack);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = folder.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("pack").setAuthor("bench", "bench@example.invalid")
                    .setCommitter("bench", "bench@example.invalid").setSign(false).call();
        }
        skills = SkillRepository.open(repository);
        head = skills.resolve("HEAD");
        parser = SkillParser.create();
    }

    /** Closes the repository and deletes it. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        skills.close();
        try (Stream<Path> walk = Files.walk(repository)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** @return the pack read from the work tree */
    @Benchmark
    public SkillPack disk() {
        return parser.parsePack(new DirectorySkillSource(folder, "skills", SourceLimits.defaults()));
    }

    /** @return the same pack read from HEAD's tree */
    @Benchmark
    public SkillPack revision() throws IOException {
        return parser.parsePack(skills.sourceAt(head, "skills"));
    }
}
