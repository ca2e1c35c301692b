package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Express reference's code, run by node with the real npm packages: every complete
 * {@code javascript} block of references/javascript-express.md is read from the Markdown at test time and
 * written, in document order, into one app.js (the reference says its sections are in registration
 * order); its {@code html} block becomes the EJS login view. {@code npm ci} installs
 * src/test/node/package-lock.json into target/express-run/ (skipped when the lock file is unchanged since
 * the last install), and src/test/node/express-app.test.js, a node:test suite, drives the app over HTTP
 * on 127.0.0.1. This test passes when that suite passes; it is skipped, with a message, only where node
 * or npm is not installed.
 */
class ExpressExamplesRunTest {
    static final String REFERENCE = "references/javascript-express.md";
    static final Path NODE_SOURCES = Path.of("src/test/node");
    static final Path RUN = Path.of("target/express-run");
    private static final long INSTALL_TIMEOUT_SECONDS = 300;
    private static final long RUN_TIMEOUT_SECONDS = 180;

    @Test
    void theReferencesAppPassesTheBehaviourSuite() throws Exception {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        assumeTrue(node.isPresent() && npm.isPresent(),
                "node and npm are not installed; the Express reference's examples were not run");

        MarkdownDocument doc = ExamplePack.reference(ExamplePack.skill(), REFERENCE);
        Path app = Files.createDirectories(RUN.resolve("app"));
        Path views = Files.createDirectories(app.resolve("views"));
        StringBuilder js = new StringBuilder("\"use strict\";\n");
        List<CodeExample> html = new ArrayList<>();
        for (CodeExample example : ExamplePack.completeExamples(doc)) {
            String language = example.language().orElse("");
            if (language.equals("javascript")) {
                js.append("\n// ").append(REFERENCE).append(':').append(example.span().line()).append('\n')
                        .append(example.code());
            } else if (language.equals("html")) {
                html.add(example);
            }
        }
        js.append("\nmodule.exports = { app };\n");
        assertThat(html).as("the reference's one html block, the login form").hasSize(1);
        Files.writeString(app.resolve("app.js"), js);
        Files.writeString(views.resolve("login.ejs"), html.get(0).code());
        Files.copy(ExamplePack.ROOT.resolve(ExamplePack.SKILL).resolve("assets/common-passwords.txt"),
                app.resolve("common-passwords.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(NODE_SOURCES.resolve("express-app.test.js"), RUN.resolve("express-app.test.js"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        installPackages();

        Result result = run(List.of(node.get().toString(), "--test", "--test-reporter=tap", "express-app.test.js"),
                RUN_TIMEOUT_SECONDS, "APP_DIR", app.toAbsolutePath().toString());
        assertThat(result.output()).as("node --test output").contains("# fail 0");
        assertThat(result.exit()).withFailMessage(() -> "node --test failed:\n" + result.output()).isZero();
        assertThat(result.output()).containsPattern("# pass (1[0-9]|[2-9][0-9])\\b");
    }

    /** npm ci into target/express-run/, unless node_modules was installed from this very lock file. */
    private static void installPackages() throws Exception {
        byte[] lock = Files.readAllBytes(NODE_SOURCES.resolve("package-lock.json"));
        String digest = sha256(lock);
        Path marker = RUN.resolve("node_modules/.installed-from-lock");
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(digest)) {
            return;
        }
        Files.copy(NODE_SOURCES.resolve("package.json"), RUN.resolve("package.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(RUN.resolve("package-lock.json"), lock);
        Result install = run(List.of(onPath("npm").orElseThrow().toString(), "ci", "--no-audit", "--no-fund"),
                INSTALL_TIMEOUT_SECONDS);
        assertThat(install.exit()).withFailMessage(() -> "npm ci failed:\n" + install.output()).isZero();
        Files.writeString(marker, digest);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds, String... env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(RUN.toFile()).redirectErrorStream(true);
        for (int i = 0; i < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        Path log = Files.createTempFile(RUN, "process-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                    + " s:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, executable)).filter(Files::isExecutable).findFirst();
    }
}
