package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block in README.md and docs/ that is marked {@code <!-- snippet: a,b -->} is exactly the
 * regions {@code a} and {@code b} of {@link EmbeddingExamplesTest} (dedented, joined by a blank line), so
 * the code people copy is code that compiled and ran.
 */
class DocsSnippetsTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/skillpack/validator/docs/EmbeddingExamplesTest.java");
    private static final Pattern MARKED = Pattern.compile("<!-- snippet: ([a-z,-]+) -->\\n```java\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void markedBlocksAreTheCompiledRegions() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        int checked = 0;
        for (Path page : List.of(Path.of("../README.md"), Path.of("../docs/embedding.md"), Path.of("../docs/custom-rules.md"))) {
            Matcher m = MARKED.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                List<String> parts = new ArrayList<>();
                for (String name : m.group(1).split(",")) {
                    parts.add(region(source, name));
                }
                assertThat(m.group(2)).as("snippet %s in %s", m.group(1), page).isEqualTo(String.join("\n", parts));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
    }

    static String region(String source, String name) {
        String begin = "// tag::" + name + "[]\n";
        int start = source.indexOf(begin);
        assertThat(start).as("region %s", name).isNotNegative();
        int end = source.indexOf("// end::" + name + "[]", start);
        String[] lines = source.substring(start + begin.length(), source.lastIndexOf('\n', end) + 1).split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            out.append(lines[i].isBlank() ? "" : lines[i].substring(indent)).append('\n');
        }
        return out.toString();
    }
}
