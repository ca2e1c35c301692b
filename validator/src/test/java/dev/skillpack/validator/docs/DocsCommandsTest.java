package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in a {@code console} block of README.md and docs/ ({@code $ skillpack ...} lines) runs
 * against this repository with the exit code the page shows: 0, or the {@code # exit N} comment after
 * the command. Paths under {@code /tmp/} are redirected into a fresh temporary folder, so the commands
 * that write files (new, --output) leave nothing behind and can run again.
 */
class DocsCommandsTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CONSOLE = Pattern.compile("(?m)^```console\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");

    @TempDir
    Path scratch;

    /** One command of one page. */
    record DocCommand(Path page, int line, String text, List<String> args, int exit) {
        @Override
        public String toString() {
            return REPO.relativize(page) + ":" + line + ": " + text;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyConsoleCommandRunsWithItsExitCode() throws IOException {
        List<DocCommand> commands = commands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(8);
        return commands.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            List<String> args = c.args().stream().map(this::redirected).toList();
            CliRunner.Result r = CliRunner.in(REPO, BuiltinRules.all()).run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as("%s\nstdout:\n%s\nstderr:\n%s", c, r.out(), r.err()).isEqualTo(c.exit());
        }));
    }

    @Test
    void consoleBlocksHoldOnlyCommandsTheTestCanRun() throws IOException {
        for (DocCommand c : commands()) {
            assertThat(c.args()).as("%s", c).isNotEmpty();
        }
    }

    private String redirected(String arg) {
        return arg.startsWith("/tmp/") ? scratch.resolve(arg.substring("/tmp/".length())).toString() : arg;
    }

    static List<DocCommand> commands() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(REPO.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<DocCommand> commands = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher block = CONSOLE.matcher(text);
            while (block.find()) {
                int firstLine = lineOf(text, block.start(1));
                String[] lines = block.group(1).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].startsWith("$ ")) {
                        commands.add(command(page, firstLine + i, lines[i].substring(2)));
                    }
                }
            }
        }
        return commands;
    }

    private static DocCommand command(Path page, int line, String text) {
        Matcher exit = EXIT.matcher(text);
        int code = 0;
        String command = text;
        if (exit.find()) {
            code = Integer.parseInt(exit.group(1));
            command = text.substring(0, exit.start());
        }
        List<String> words = split(command.strip());
        if (words.isEmpty() || !(words.get(0).equals("skillpack") || words.get(0).equals("./skillpack"))) {
            throw new AssertionError(REPO.relativize(page) + ":" + line + ": '" + text + "' is in a console block"
                    + " but is not a skillpack command; show it in a sh block instead");
        }
        return new DocCommand(page, line, text, words.subList(1, words.size()), code);
    }

    /** Splits like a shell for the simple cases the docs use: spaces, single and double quotes. */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
