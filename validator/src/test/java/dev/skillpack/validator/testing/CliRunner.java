package dev.skillpack.validator.testing;

import dev.skillpack.validator.cli.CliEnvironment;
import dev.skillpack.validator.cli.SkillpackCli;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the CLI in process through picocli's {@code execute}, capturing its output. */
public final class CliRunner {
    /** The version golden files are written with. */
    public static final String VERSION = "0.0.0-test";

    private final Path cwd;
    private final List<? extends Rule> rules;
    private final Map<String, String> env;
    private final boolean terminal;

    private CliRunner(Path cwd, List<? extends Rule> rules, Map<String, String> env, boolean terminal) {
        this.cwd = cwd;
        this.rules = rules;
        this.env = env;
        this.terminal = terminal;
    }

    /**
     * @param cwd the working directory
     * @param rules the rules available
     * @return a runner that is not a terminal and has no environment variables
     */
    public static CliRunner in(Path cwd, List<? extends Rule> rules) {
        return new CliRunner(cwd, rules, Map.of(), false);
    }

    /**
     * @param variables environment variables
     * @param isTerminal whether stdout is a terminal
     * @return a runner with those surroundings
     */
    public CliRunner with(Map<String, String> variables, boolean isTerminal) {
        return new CliRunner(cwd, rules, variables, isTerminal);
    }

    /**
     * What one run printed and returned.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    public record Result(int exitCode, String out, String err) {
    }

    /**
     * @param args arguments
     * @return the result
     */
    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(cwd, new PrintWriter(out, true), new PrintWriter(err, true),
                env, terminal, () -> RuleRegistry.of(rules), VERSION);
        int code = SkillpackCli.execute(environment, args);
        return new Result(code, out.toString(), err.toString());
    }
}
