package dev.skillpack.maven;

import dev.skillpack.validator.Validator;
import dev.skillpack.validator.cli.CliEnvironment;
import dev.skillpack.validator.cli.SkillpackCli;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code skillpack} CLI command in this JVM, so goals that mirror a command ({@code to-prompt},
 * {@code tokens}) print exactly what the command prints: one implementation, two front ends.
 */
final class InProcessCli {
    private InProcessCli() {
    }

    /**
     * What the command printed.
     *
     * @param exitCode 0 done, 1 findings, 2 usage error, 3 internal error
     * @param out standard output
     * @param err standard error
     */
    record Run(int exitCode, String out, String err) {
        /** @return standard error's lines, without empty ones */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * @param cwd the working folder (the project folder; paths print relative to it)
     * @param args the command and its arguments
     * @return what it printed and its exit code
     */
    static Run run(Path cwd, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(cwd, new PrintWriter(out), new PrintWriter(err),
                Map.of("NO_COLOR", "1"), false, () -> RuleRegistry.discover(InProcessCli.class.getClassLoader()),
                Validator.version());
        int code = SkillpackCli.execute(env, args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
