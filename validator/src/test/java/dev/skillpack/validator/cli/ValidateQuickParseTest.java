package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.testing.TempSkills;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code validate} command line is read without picocli ({@link ValidateCommand#parsed}); every
 * command line must print the same bytes and exit with the same code either way, and whatever the quick
 * reader does not fully understand goes to picocli.
 */
class ValidateQuickParseTest {
    private static final RuleRegistry RULES = RuleRegistry.of(BuiltinRules.all());

    /** Command lines the quick reader takes (the first word, validate, is added). */
    private static final List<List<String>> QUICK = List.of(
            List.of("skills"),
            List.of("skills/a", "skills/b"),
            List.of("skills/a/SKILL.md"),
            List.of("skills/c"),
            List.of("skills/c", "--quiet"),
            List.of("skills/c", "--fail-on", "warning"),
            List.of("skills/a", "--fail-on", "info"),
            List.of("skills/a", "--fail-on", "INFO"),
            List.of("--format", "json", "skills"),
            List.of("skills", "--format=json"),
            List.of("skills", "--format", "sarif", "--fail-on", "warning"),
            List.of("skills", "--format", "github"),
            List.of("skills", "--format", "junit"),
            List.of("skills", "--format", "gitlab"),
            List.of("skills", "--format", "text", "--quiet"),
            List.of("skills", "--format", "html", "--no-history"),
            List.of("skills", "--format", "html", "--history"),
            List.of("skills", "--format", "xml"),
            List.of("skills", "--format", "JSON"),
            List.of("skills", "--fail-on", "none", "--no-cache"),
            List.of("skills", "--fail-on", "info"),
            List.of("skills", "--fail-on", "sometimes"),
            List.of("skills", "--rule", "SP001", "--rule", "name-format"),
            List.of("skills", "--rule=SP001,SP002"),
            List.of("skills", "--rule", "XT404"),
            List.of("skills", "--disable", "SP001", "--disable=SP002"),
            List.of("skills", "--disable", "nope"),
            List.of("skills", "--target", "codex"),
            List.of("skills", "--target", "cursor"),
            List.of("skills", "--tokenizer", "cl100k_base"),
            List.of("skills", "--tokenizer", "nope"),
            List.of("skills", "--baseline", "none.json"),
            List.of("skills", "--baseline", "bad.json"),
            List.of("skills", "--write-baseline", "b.json"),
            List.of("skills", "--fix"),
            List.of("skills", "--fix", "--dry-run"),
            List.of("skills", "--dry-run"),
            List.of("skills", "--unsafe-fixes"),
            List.of("skills", "--fix", "--rev", "HEAD"),
            List.of("skills", "--rev", "HEAD"),
            List.of("skills", "--changed-since", "main"),
            List.of("skills", "--max-findings", "1"),
            List.of("skills", "--max-findings=0"),
            List.of("skills", "--max-findings", "123456789"),
            List.of("skills", "--color", "always"),
            List.of("skills", "--color=never"),
            List.of("skills", "--color", "sometimes"),
            List.of("skills", "--output", "report.txt"),
            List.of("skills", "--output", "missing/report.txt"),
            List.of("skills", "--config", "none.yaml"),
            List.of("skills", "--config", "config.yaml"),
            List.of("skills", "--watch", "--output", "r.txt"),
            List.of("skills", "--watch", "--fix"),
            List.of("missing"),
            List.of("notes.txt"),
            List.of("skills", "validate"),
            List.of("a=b"));

    /** Command lines left to picocli. */
    private static final List<List<String>> PICOCLI = List.of(
            List.of(),
            List.of("--help"),
            List.of("-h"),
            List.of("--version"),
            List.of("-V"),
            List.of("skills", "--help"),
            List.of("skills", "--colour"),
            List.of("skills", "-x"),
            List.of("skills", "--format"),
            List.of("skills", "--format="),
            List.of("skills", "--format", "--quiet"),
            List.of("skills", "--format", "json", "--format", "text"),
            List.of("skills", "--fix", "--fix"),
            List.of("skills", "--fix=true"),
            List.of("skills", "--history", "--no-history"),
            List.of("skills", "--max-findings", "-1"),
            List.of("skills", "--max-findings=-1"),
            List.of("skills", "--max-findings", "abc"),
            List.of("skills", "--max-findings", "007"),
            List.of("skills", "--max-findings", "99999999999"),
            List.of("skills", "--", "--x"),
            List.of("--", "skills"),
            List.of("skills", "@args.txt"),
            List.of("skills", "--output", "@out"),
            List.of(""),
            List.of("skills", "-"));

    @TempDir
    Path dir;
    private int runs;

    @Test
    void theQuickReaderTakesPlainCommandLinesAndLeavesTheRestToPicocli() {
        CliEnvironment env = environment(dir);
        for (List<String> args : QUICK) {
            assertThat(ValidateCommand.parsed(env, validate(args))).as(String.join(" ", args)).isPresent();
        }
        for (List<String> args : PICOCLI) {
            assertThat(ValidateCommand.parsed(env, validate(args))).as(String.join(" ", args)).isEmpty();
        }
        assertThat(ValidateCommand.parsed(env, new String[] {"rules", "skills"})).isEmpty();
        assertThat(ValidateCommand.parsed(env, new String[] {"Validate", "skills"})).isEmpty();
    }

    @Test
    void bothReadersPrintTheSameAndExitTheSame() {
        List<List<String>> all = new ArrayList<>(QUICK);
        all.addAll(PICOCLI);
        for (List<String> args : all) {
            String[] line = validate(args);
            Result quick = run(true, line);
            Result picocli = run(false, line);
            assertThat(quick).as(String.join(" ", line)).isEqualTo(picocli);
        }
        assertThat(run(true, "validate", "skills").code()).isEqualTo(ExitCodes.FINDINGS);
    }

    private static String[] validate(List<String> args) {
        List<String> line = new ArrayList<>();
        line.add("validate");
        line.addAll(args);
        return line.toArray(String[]::new);
    }

    private record Result(int code, String out, String err, List<String> files) {
    }

    /** Runs in a fresh copy of the same folder, so a fix or a written file does not leak into the next run. */
    private Result run(boolean quick, String... args) {
        Path cwd = dir.resolve("run" + runs++);
        TempSkills.skill(cwd, "skills/a", "# A\n\nA TODO here.   \r\nMaybe try to do it.\n");
        TempSkills.skill(cwd, "skills/b", "# B\n\nSee [missing](missing.md).\n");
        TempSkills.skill(cwd, "skills/c", "# C\n\n1. Follow best practices.\n2. Handle errors appropriately.\n");
        TempSkills.write(cwd, "notes.txt", "hello\n");
        TempSkills.write(cwd, "bad.json", "{\n");
        TempSkills.write(cwd, "config.yaml", "rules:\n  SP001: off\n");
        TempSkills.write(cwd, "args.txt", "--format json\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(cwd, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of(), false, () -> RULES, "0.0.0-test");
        int code = SkillpackCli.execute(env, quick, args);
        return new Result(code, out.toString(), err.toString(), files(cwd));
    }

    private static CliEnvironment environment(Path cwd) {
        return new CliEnvironment(cwd, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), false, () -> RULES, "0.0.0-test");
    }

    /** Every file below the folder with its text, so fixes and written reports are compared too. */
    private static List<String> files(Path root) {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return root.relativize(f) + "\n" + Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
