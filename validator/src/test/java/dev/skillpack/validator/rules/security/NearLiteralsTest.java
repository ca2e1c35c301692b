package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scanning windows around literals finds exactly what a scan of the whole text finds. */
class NearLiteralsTest {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])([A-Za-z0-9_.-]{0,30}(?:password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key"
                    + "|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key|bearer[_-]?token))[\"']?"
                    + "[ \\t]{0,3}(?::=|=>|[:=])[ \\t]{0,3}([\"'])([^\"'\\s]{8,200})\\2");
    private static final NearLiterals NEAR = new NearLiterals(List.of("pass", "pwd", "secret", "key", "token"), true,
            64, 320);
    private static final String[] PIECES = {"password", "PassWd", "PWD", "Secret", "api_key", "API-KEY", "apikey",
        "access_key", "Access-Token", "auth_token", "client_secret", "private-key", "bearer_token", "x", "_", ".", "-",
        "my", "DB", " ", "\t", "\n", "=", ":", ":=", "=>", "\"", "'", "a1B2c3D4e5F6", "Zq9!xY7#", "é", "K", "\u212a",
        "ſecret", "0123456789"};

    private static List<String> global(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + " " + m.group(1) + " " + m.group(3));
        }
        return found;
    }

    private static List<String> windowed(String text) {
        List<String> found = new ArrayList<>();
        NEAR.forEach(ASSIGNMENT, text, m -> found.add(m.start() + "-" + m.end() + " " + m.group(1) + " " + m.group(3)));
        return found;
    }

    @Test
    void randomTextsGiveTheSameMatchesAsAWholeTextScan() {
        Random random = new Random(42);
        int withMatches = 0;
        for (int i = 0; i < 4_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                if (random.nextInt(4) == 0) {
                    // an assignment, often well formed
                    text.append(PIECES[random.nextInt(13)]).append(random.nextBoolean() ? "=" : ": ")
                            .append(random.nextBoolean() ? "'" : "\"").append(PIECES[28 + random.nextInt(2)])
                            .append(random.nextInt(5) == 0 ? "" : random.nextBoolean() ? "'" : "\"");
                    continue;
                }
                String piece = PIECES[random.nextInt(PIECES.length)];
                text.append(random.nextInt(12) == 0 ? piece.repeat(1 + random.nextInt(40)) : piece);
            }
            List<String> expected = global(text.toString());
            withMatches += expected.isEmpty() ? 0 : 1;
            assertThat(windowed(text.toString())).as("text %s", text).isEqualTo(expected);
        }
        assertThat(withMatches).as("the generator must produce matches").isGreaterThan(1_000);
    }

    @Test
    void matchesNextToEachOtherAndAtTheEdgesAreAllFound() {
        String text = "password='a1b2c3d4e5' api_key=\"Zz9Yy8Xx7W\"" + "x".repeat(500) + "db_secret: 'q1w2e3r4t5y6'";
        assertThat(windowed(text)).isEqualTo(global(text)).hasSize(3);
    }

    @Test
    void asciiLowerKeepsLengthAndLeavesOtherLettersAlone() {
        assertThat(NearLiterals.asciiLower("PASS\u212a\u0130é")).isEqualTo("pass\u212a\u0130é");
    }
}
