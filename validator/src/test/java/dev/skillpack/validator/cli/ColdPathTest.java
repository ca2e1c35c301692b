package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.validator.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold run of one small skill must not pay for. The first use of an invokedynamic string
 * concatenation or of a record's generated {@code equals}/{@code hashCode} builds method handles and
 * spins classes at run time, which the launchers' class-data archive does not hold: on one small skill
 * they cost about 3 % (string concatenation) and 4 % (two records) of the run's instructions.
 */
class ColdPathTest {
    private static final byte[] CONCAT_BOOTSTRAP = "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);

    @Test
    void ourClassesConcatenateStringsWithoutInvokedynamic() throws IOException, URISyntaxException {
        List<String> offenders = new ArrayList<>();
        int classes = 0;
        for (Class<?> type : List.of(Validator.class, SkillParser.class)) {
            Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Classfile file : classfiles(where)) {
                classes++;
                if (contains(file.bytes(), CONCAT_BOOTSTRAP)) {
                    offenders.add(file.name());
                }
            }
        }
        assertThat(classes).as("classes scanned").isGreaterThan(500);
        assertThat(offenders).as("compile with -XDstringConcat=inline (the parent pom)").isEmpty();
    }

    @Test
    void aPlainValidateBootstrapsNoRecordMethods(@TempDir Path dir) throws Exception {
        Path skill = Files.createDirectories(dir.resolve("pdf-tools"));
        Files.writeString(skill.resolve("SKILL.md"), """
                ---
                name: pdf-tools
                description: Extracts text and tables from PDF files. Use when the user asks to read a PDF.
                ---
                # PDF tools

                Run **`python scripts/extract.py input.pdf`** to print the text, then check the *tables*.
                See [the reference](reference.md) for options.
                """);
        Files.writeString(skill.resolve("reference.md"), "# Options\n\n- `--pages 1-3` reads pages one to three.\n");
        Path log = dir.resolve("classes.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/sun.nio.fs=ALL-UNNAMED", "-Xshare:off",
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "validate", "--no-cache", "--format", "json", "--fail-on", "none",
                skill.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("\"findings\"");
        String loaded = Files.readString(log);
        assertThat(loaded).contains(Validator.class.getName() + " ", "org.commonmark.parser.Parser ");
        assertThat(loaded).as("a record's generated equals, hashCode or toString ran on the cold path")
                .doesNotContain("java.lang.runtime.ObjectMethods ");
    }

    private record Classfile(String name, byte[] bytes) {
    }

    private static List<Classfile> classfiles(Path where) throws IOException {
        List<Classfile> found = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> walk = Files.walk(where)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                    found.add(new Classfile(where.relativize(file).toString(), Files.readAllBytes(file)));
                }
            }
            return found;
        }
        try (ZipFile jar = new ZipFile(where.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        found.add(new Classfile(entry.getName(), in.readAllBytes()));
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
