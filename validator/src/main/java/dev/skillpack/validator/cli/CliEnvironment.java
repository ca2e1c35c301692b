package dev.skillpack.validator.cli;

import dev.skillpack.validator.internal.ToolInfo;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the CLI takes from its surroundings, so tests can run it in process: the working
 * directory, the output streams, environment variables, whether stdout is a terminal, and the rules.
 *
 * @param cwd the directory relative paths are resolved against and reports are relative to
 * @param out standard output; kept wrapped in a guard that escapes control characters
 * @param err standard error; kept wrapped in the same guard
 * @param env environment variables (NO_COLOR is read)
 * @param terminal whether standard output is a terminal
 * @param rules the rules available (built-in plus discovered, or a test set)
 * @param version the version to print and put into reports
 */
public record CliEnvironment(Path cwd, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal,
                             Supplier<RuleRegistry> rules, String version) {

    /** Validates the fields. */
    public CliEnvironment {
        cwd = cwd.toAbsolutePath().normalize();
        // every command prints through a guard against control characters from untrusted input
        out = TerminalSafeWriter.wrap(Objects.requireNonNull(out, "out"));
        err = TerminalSafeWriter.wrap(Objects.requireNonNull(err, "err"));
        env = Map.copyOf(env);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(version, "version");
    }

    /** @return the real process environment: System.out/err as UTF-8, built-in and ServiceLoader rules */
    public static CliEnvironment system() {
        return new CliEnvironment(Path.of("").toAbsolutePath(),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv(), System.console() != null,
                () -> RuleRegistry.discover(Thread.currentThread().getContextClassLoader()), ToolInfo.version());
    }

    /**
     * @param mode {@code --color}: {@code always}, {@code never} or {@code auto}
     * @return whether to colour: always/never as asked; for auto, not when NO_COLOR is set
     *     (https://no-color.org), yes when FORCE_COLOR is set (and not 0 or false), else only on a terminal
     */
    public boolean color(String mode) {
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> {
                String noColor = env.get("NO_COLOR");
                String force = env.get("FORCE_COLOR");
                if (noColor != null && !noColor.isEmpty()) {
                    yield false;
                }
                yield force != null && !force.equals("0") && !force.equalsIgnoreCase("false") || colorAllowed();
            }
        };
    }

    /**
     * @return whether a progress line may be drawn on standard error: on a terminal (Java 17 can only tell
     *     whether the process has a console, i.e. neither stdin nor stdout is redirected), not in CI (the
     *     {@code CI} variable that GitHub Actions, GitLab and most CI systems set, unless it is {@code false}
     *     or {@code 0}), and not on a {@code TERM=dumb} terminal
     */
    public boolean progressAllowed() {
        String ci = env.get("CI");
        boolean inCi = ci != null && !ci.isEmpty() && !ci.equals("0") && !ci.equalsIgnoreCase("false");
        return terminal && !inCi && !"dumb".equals(env.get("TERM"));
    }

    /** @return whether coloured text output is allowed: a terminal and no NO_COLOR (https://no-color.org) */
    public boolean colorAllowed() {
        String noColor = env.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty());
    }

    /**
     * @param given a path as the user typed it
     * @return the absolute, normalised path, resolved against {@link #cwd()}
     */
    public Path resolve(String given) {
        return cwd.resolve(given).toAbsolutePath().normalize();
    }

    /**
     * @param absolute an absolute path
     * @return how reports show it: relative to the working directory when inside it, forward slashes
     */
    public String display(Path absolute) {
        Path normal = absolute.toAbsolutePath().normalize();
        String shown = normal.startsWith(cwd) ? cwd.relativize(normal).toString() : normal.toString();
        shown = shown.replace('\\', '/');
        return shown.isEmpty() ? "." : shown;
    }
}
