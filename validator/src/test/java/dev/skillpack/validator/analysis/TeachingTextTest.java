package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TeachingTextTest {
    @Test
    void everyWordOfThePatternIsFoundInAnyAsciiCase() {
        List<String> words = List.of("vulnerable code", "Insecure defaults", "MALICIOUS", "the attacker", "exploits",
                "Payloads", "a bad practice", "Anti-Pattern", "antipatterns", "dangerous", "UNSAFE", "red flags",
                "What not to do", "what to avoid", "DONT", "Don't", "do not", "Never", "avoid", "wrong",
                "incorrect", "detection", "flagged", "look for", "Suspicious", "SQL injection", "backdoor",
                "Indicators", "auditing", "Reviewing", "finding", "\u274c no", "\u26a0 careful");
        for (String word : words) {
            assertThat(TeachingText.matches("Here: " + word + ".")).as(word).isTrue();
            assertThat(TeachingText.matches(word.toUpperCase(Locale.ROOT))).as(word).isTrue();
        }
    }

    @Test
    void answersWhatThePatternAnswersOnEveryLineOfTheExamplePack() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path root : List.of(Path.of("../example-skills/src/main/skills"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).toList()) {
                    lines.addAll(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        int teaching = 0;
        for (String line : lines) {
            for (String text : List.of(line, line.toUpperCase(Locale.ROOT), line.toLowerCase(Locale.ROOT))) {
                boolean expected = !text.isEmpty() && TeachingText.TEACHING.matcher(text).find();
                assertThat(TeachingText.matches(text)).as(text).isEqualTo(expected);
                teaching += expected ? 1 : 0;
            }
        }
        assertThat(teaching).isGreaterThan(100);
    }

    @Test
    void plainTextIsNotTeaching() {
        assertThat(TeachingText.matches("")).isFalse();
        assertThat(TeachingText.matches("Run the tests, then commit.")).isFalse();
        assertThat(TeachingText.matches("Endeavour")).isFalse();
    }
}
