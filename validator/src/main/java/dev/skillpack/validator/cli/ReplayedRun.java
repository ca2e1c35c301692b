package dev.skillpack.validator.cli;

import dev.skillpack.validator.engine.FindingCache;
import dev.skillpack.validator.replay.InputSnapshot;
import dev.skillpack.validator.replay.ReplayClasses;
import dev.skillpack.validator.replay.ReplayRequest;
import dev.skillpack.validator.replay.RunCache;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The executable's front door: a read-only {@code validate} whose inputs are unchanged since a stored run
 * ({@link RunCache}) prints that run's bytes and exit code without loading a rule, the parser or picocli;
 * any other command line runs as usual, and a replayable one that missed is recorded on the way.
 * {@code --no-cache} (or no cache folder) turns this off along with the findings cache.
 */
final class ReplayedRun {
    private ReplayedRun() {
    }

    /** Runs the CLI with standard output and error going to the given streams. */
    @FunctionalInterface
    interface Cli {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /**
     * What the process brings: working directory, environment, terminal, the tool's identity, streams and
     * the CLI to run on a miss.
     */
    record Surroundings(Path cwd, Map<String, String> env, boolean terminal, Optional<String> tool,
                        PrintStream out, PrintStream err, Cli cli) {
    }

    /**
     * @param args the command line
     * @param startedMillis when the process started its work (wall clock)
     * @return the exit code
     */
    static int execute(String[] args, long startedMillis) {
        ReplayClasses.loadWhenRecording();
        Map<String, String> env = System.getenv();
        // the tool's identity only matters when the command line could be replayed
        Optional<String> tool = ReplayRequest.of(List.of(args)).isPresent() ? RunCache.tool() : Optional.empty();
        return execute(args, startedMillis, new Surroundings(Path.of("").toAbsolutePath(), env,
                System.console() != null, tool, System.out, System.err, new SystemCli()));
    }

    /**
     * The real CLI, with System.out and System.err pointed at the streams while it runs (a class, not a
     * lambda: a replayed run should not pay for bootstrapping one).
     */
    private static final class SystemCli implements Cli {
        @Override
        public int run(String[] args, PrintStream out, PrintStream err) {
            PrintStream realOut = System.out;
            PrintStream realErr = System.err;
            try {
                System.setOut(out);
                System.setErr(err);
                return SkillpackCli.execute(CliEnvironment.system(), args);
            } finally {
                System.out.flush();
                System.err.flush();
                System.setOut(realOut);
                System.setErr(realErr);
            }
        }
    }

    /**
     * @param args the command line
     * @param startedMillis when the process started its work (wall clock)
     * @param s the process's surroundings
     * @return the exit code
     */
    static int execute(String[] args, long startedMillis, Surroundings s) {
        List<String> list = List.of(args);
        Optional<ReplayRequest> request = ReplayRequest.of(list);
        Optional<Path> folder = request.isPresent() ? FindingCache.defaultFolder(s.env()) : Optional.empty();
        if (folder.isEmpty() || s.tool().isEmpty()) {
            return s.cli().run(args, s.out(), s.err());
        }
        RunCache cache = RunCache.of(folder.get(), s.tool().get(), list, s.cwd(), s.env(), s.terminal());
        InputSnapshot before = InputSnapshot.take(s.cwd(), request.get(), startedMillis);
        if (before.replayable()) {
            Optional<RunCache.Replay> hit = cache.lookup(before);
            if (hit.isPresent()) {
                s.err().write(hit.get().err(), 0, hit.get().err().length);
                s.err().flush();
                s.out().write(hit.get().out(), 0, hit.get().out().length);
                s.out().flush();
                return hit.get().exitCode();
            }
        }
        Capture out = new Capture(s.out());
        Capture err = new Capture(s.err());
        PrintStream outStream = new PrintStream(out, true);
        PrintStream errStream = new PrintStream(err, true);
        int code = s.cli().run(args, outStream, errStream);
        outStream.flush();
        errStream.flush();
        if (before.replayable() && !out.overflowed && !err.overflowed) {
            InputSnapshot after = InputSnapshot.take(s.cwd(), request.get(), startedMillis);
            cache.store(before, after, new RunCache.Replay(code, out.copy.toByteArray(), err.copy.toByteArray()));
        }
        return code;
    }

    /** Passes bytes on and keeps a copy, up to {@link RunCache#MAX_OUTPUT_BYTES}. */
    private static final class Capture extends OutputStream {
        private final OutputStream target;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflowed;

        Capture(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            try {
                target.write(b, off, len);
            } catch (java.io.IOException e) {
                // System.out never throws; a PrintStream records the error instead
                overflowed = true;
            }
            if (overflowed || copy.size() + (long) len > RunCache.MAX_OUTPUT_BYTES) {
                overflowed = true;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        @Override
        public void flush() {
            try {
                target.flush();
            } catch (java.io.IOException e) {
                overflowed = true;
            }
        }
    }
}
