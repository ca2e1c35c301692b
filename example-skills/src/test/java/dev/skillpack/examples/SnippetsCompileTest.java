package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code example of the pack is checked by the language's own tool, one dynamic test per
 * example, named after its file and line. Java is compiled with the JDK compiler against the real
 * Spring Boot 3 jars on the test classpath, deprecation warnings included, so an example written for an
 * older Spring Security fails. Ruby is parsed by JRuby and JSON by Jackson (test dependencies, so they always
 * run). Python, JavaScript and PHP are syntax-checked with python3, node and php when they are on PATH;
 * otherwise their tests are skipped with a message (.ci/run installs php when it is missing). Examples whose
 * fence says {@code fragment} (e.g. {@code ```java fragment}) and examples in {@link #UNCHECKED} languages get
 * no test; they are counted in the summary printed at the end.
 */
class SnippetsCompileTest {
    private static final long TIMEOUT_SECONDS = 60;

    /** Syntax checkers: the command before the file name, and the file extension they expect. */
    private static final Map<String, Checker> CHECKERS = Map.of(
            "python", new Checker("Python", "python3", List.of("python3", "-m", "py_compile"), ".py"),
            "javascript", new Checker("JavaScript", "node", List.of("node", "--check"), ".js"),
            "php", new Checker("PHP", "php", List.of("php", "-l", "-n"), ".php"));

    /**
     * Languages the pack uses that no parser here can check as written, so their examples get no test at all
     * (a test that always skips cannot fail) and are only counted: html and erb are templates (ASP.NET tag
     * helpers, Jinja, Rails' block ERB needs Erubi, not the ERB in JRuby's library), properties have no
     * syntax to get wrong, and the C# uses C# 12 (primary constructors, top-level statements), which
     * Debian's Mono compiler (mcs 6.8, C# 7) predates, and no C# parser is in the Maven package list here.
     */
    private static final List<String> UNCHECKED = List.of("html", "erb", "properties", "csharp");

    @TempDir
    static Path work;

    /** language -> outcome -> count, printed once all examples ran. */
    private static final Map<String, Map<String, Integer>> TALLY = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyCodeExample() {
        Skill skill = ExamplePack.skill();
        List<DynamicTest> tests = new ArrayList<>();
        for (MarkdownDocument doc : skill.markdownFiles()) {
            for (CodeExample example : doc.codeExamples()) {
                String language = example.language().orElse("(none)");
                if (ExamplePack.isFragment(example)) {
                    count(language, "fragments, not compiled");
                    continue;
                }
                if (UNCHECKED.contains(language)) {
                    count(language, "not checked (no parser for it here)");
                    continue;
                }
                tests.add(testFor(doc, example));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @AfterAll
    static void printTally() {
        String lines = TALLY.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue().entrySet().stream()
                        .map(o -> o.getValue() + " " + o.getKey()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        System.out.println("code examples of the example pack:\n" + lines);
    }

    private static DynamicTest testFor(MarkdownDocument doc, CodeExample example) {
        String language = example.language().orElse("(none)");
        String name = doc.file().relativePath() + ":" + example.span().line() + " " + language;
        return DynamicTest.dynamicTest(name, URI.create("file:" + doc.file().relativePath() + "?line="
                + example.span().line()), () -> check(doc, example, language));
    }

    private static void check(MarkdownDocument doc, CodeExample example, String language) throws Exception {
        if (language.equals("java")) {
            compileJava(doc, example);
            count(language, "compiled");
            return;
        }
        if (language.equals("ruby")) {
            RubySyntax.check(doc.file().relativePath(), example);
            count(language, "syntax-checked with JRuby's parser");
            return;
        }
        if (language.equals("json")) {
            checkJson(doc, example);
            count(language, "parsed with Jackson");
            return;
        }
        Checker checker = CHECKERS.get(language);
        if (checker == null) {
            fail("no checker for language '" + language + "' (" + doc.file().relativePath() + ":"
                    + example.span().line() + "): add one to this test, or list the language in UNCHECKED with why");
        }
        Optional<Path> tool = onPath(checker.executable());
        if (tool.isEmpty()) {
            count(language, "skipped (" + checker.executable() + " not found)");
        }
        assumeTrue(tool.isPresent(), () -> checker.executable() + " not found; " + checker.displayName()
                + " snippets not checked");
        if (language.equals("python")) {
            String problem = pythonResults().get(doc.file().relativePath() + ":" + example.span().line());
            assertThat(problem).as("a py_compile result for %s:%d", doc.file().relativePath(), example.span().line())
                    .isNotNull();
            if (!problem.isEmpty()) {
                fail("Python example at " + doc.file().relativePath() + ":" + example.span().line()
                        + " (first code line " + ExamplePack.firstCodeLine(example) + ") fails py_compile:\n" + problem);
            }
        } else {
            checker.check(doc, example, work);
        }
        count(language, "syntax-checked with " + checker.executable());
    }

    /** Strict JSON: one value, no trailing content, no duplicate keys. */
    private static void checkJson(MarkdownDocument doc, CodeExample example) {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        try {
            mapper.readTree(example.code());
        } catch (tools.jackson.core.JacksonException e) {
            fail("JSON example at " + doc.file().relativePath() + ":" + example.span().line() + " does not parse: "
                    + e.getOriginalMessage());
        }
    }

    /** file:line of every Python example -> "" when it compiles, else py_compile's message. */
    private static Map<String, String> pythonResults;

    /**
     * All Python examples of the pack compiled by one python3 process: starting python3 once per block cost
     * seconds each on a loaded machine (through a pyenv shim), one process costs that once.
     */
    private static synchronized Map<String, String> pythonResults() throws IOException, InterruptedException {
        if (pythonResults != null) {
            return pythonResults;
        }
        Path dir = Files.createDirectories(work.resolve("python3"));
        Map<String, String> keyByFile = new TreeMap<>();
        for (MarkdownDocument doc : ExamplePack.skill().markdownFiles()) {
            for (CodeExample example : ExamplePack.completeExamples(doc)) {
                if (example.language().equals(Optional.of("python"))) {
                    String key = doc.file().relativePath() + ":" + example.span().line();
                    Path file = dir.resolve(key.replaceAll("\\W", "_") + ".py");
                    Files.writeString(file, example.code(), StandardCharsets.UTF_8);
                    keyByFile.put(file.toString(), key);
                }
            }
        }
        String script = String.join("\n",
                "import py_compile, sys",
                "for f in sys.argv[1:]:",
                "    try:",
                "        py_compile.compile(f, cfile=f + 'c', doraise=True)",
                "        print('OK\\t' + f)",
                "    except py_compile.PyCompileError as e:",
                "        print('FAIL\\t' + f + '\\t' + str(e).replace('\\n', '\\\\n'))");
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
        cmd.addAll(keyByFile.keySet());
        Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("python3 -m py_compile did not finish within " + TIMEOUT_SECONDS + " s");
        }
        Map<String, String> results = new TreeMap<>();
        for (String line : output.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length >= 2 && keyByFile.containsKey(parts[1])) {
                String key = keyByFile.get(parts[1]);
                results.put(key, parts[0].equals("OK") ? "" : (parts.length == 3 ? parts[2].replace("\\n", "\n")
                        .replace(parts[1], key) : "failed"));
            }
        }
        assertThat(results).withFailMessage(() -> "python3 reported on " + results.size() + " of " + keyByFile.size()
                + " examples:\n" + output).hasSameSizeAs(keyByFile);
        pythonResults = results;
        return results;
    }

    private static synchronized void count(String language, String outcome) {
        TALLY.computeIfAbsent(language, l -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    private static void compileJava(MarkdownDocument doc, CodeExample example) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("the JDK's compiler (tests must run on a JDK, not a JRE)").isNotNull();
        Path out = Files.createDirectories(work.resolve("java-" + example.span().line()
                + "-" + doc.file().relativePath().replaceAll("\\W", "_")));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = JavaSnippets.options(out);
            JavaFileObject source = new SnippetSource(example.code());
            boolean ok = compiler.getTask(log, files, diagnostics, options, null, List.of(source)).call();
            if (!ok) {
                String report = diagnostics.getDiagnostics().stream()
                        .map(d -> doc.file().relativePath() + ":" + markdownLine(example, d) + ": "
                                + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                fail("Java example at " + doc.file().relativePath() + ":" + example.span().line()
                        + " does not compile against Spring Boot 3:\n" + report + log);
            }
        }
    }

    /** The Markdown line a diagnostic points at; the fence's line for diagnostics about the whole unit. */
    private static long markdownLine(CodeExample example, Diagnostic<?> diagnostic) {
        long line = diagnostic.getLineNumber();
        return line <= 0 ? example.span().line() : ExamplePack.firstCodeLine(example) + line - 1;
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, executable)).filter(Files::isExecutable).findFirst();
    }

    /** A Java example as an in-memory compilation unit; its classes are package-private, so any file name fits. */
    private static final class SnippetSource extends SimpleJavaFileObject {
        private final String code;

        SnippetSource(String code) {
            super(URI.create("string:///Snippet.java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /**
     * A command-line syntax checker.
     *
     * @param displayName the language's name in messages
     * @param executable the program looked up on PATH
     * @param command the command, to which the file is appended
     * @param extension the file extension the tool expects
     */
    private record Checker(String displayName, String executable, List<String> command, String extension) {

        void check(MarkdownDocument doc, CodeExample example, Path work) throws IOException, InterruptedException {
            String base = doc.file().relativePath().replaceAll("\\W", "_") + "_" + example.span().line();
            Path dir = Files.createDirectories(work.resolve(executable));
            Path file = dir.resolve(base + extension);
            String code = example.code();
            if (extension.equals(".php")) {
                assertThat(code).as("%s:%d: a PHP example must open with <?php, or php -l checks nothing",
                        doc.file().relativePath(), example.span().line()).startsWith("<?php");
            }
            Files.writeString(file, code, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(command);
            cmd.add(file.toString());
            Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s on "
                        + doc.file().relativePath() + ":" + example.span().line());
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .replace(file.toString(), doc.file().relativePath() + " (code block at line "
                            + example.span().line() + ")");
            if (process.exitValue() != 0) {
                fail(displayName + " example at " + doc.file().relativePath() + ":" + example.span().line()
                        + " (first code line " + ExamplePack.firstCodeLine(example) + ") fails "
                        + String.join(" ", command) + ":\n" + output);
            }
        }
    }
}
