package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java source files against the test classpath (the real Spring Boot jars), warnings as errors. */
final class JavaSnippets {
    private JavaSnippets() {
    }

    /** The test classpath as Surefire sets it (a manifest-only jar hides it in java.class.path). */
    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /**
     * The javac options every example is compiled with: Java 17, all lint warnings but serial, as errors, and
     * {@code -parameters}, which Spring Boot's Maven parent and Gradle plugin set and which Spring MVC needs to
     * bind {@code @PathVariable long id} by name.
     */
    static List<String> options(Path out) {
        return List.of("--release", "17", "-parameters", "-proc:none", "-Xlint:all,-processing,-serial", "-Werror",
                "-classpath", testClassPath(), "-d", out.toString());
    }

    /** Compiles the files into {@code out}, failing the test with every diagnostic when they do not compile. */
    static void compile(List<Path> sources, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("the JDK's compiler (tests must run on a JDK, not a JRE)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(log, files, diagnostics, options(out), null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                fail("the assembled application does not compile:\n" + diagnostics.getDiagnostics().stream()
                        .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n")) + log);
            }
        }
    }
}
