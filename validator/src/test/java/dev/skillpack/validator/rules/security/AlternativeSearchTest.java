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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AlternativeSearchTest {

    /** Every match as "start-end:text", as Matcher.find finds them. */
    private static List<String> byMatcher(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> bySearch(AlternativeSearch search, String text) {
        List<String> out = new ArrayList<>();
        AlternativeSearch.Matches matches = search.matches(text, AsciiCase.lower(text));
        while (matches.find()) {
            Matcher m = matches.matcher();
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> literals(AlternativeSearch search) {
        return search.alternatives().stream().map(AlternativeSearch.Alternative::literal).toList();
    }

    @Test
    void splitsATopLevelAlternationAndFindsEachLiteral() {
        AlternativeSearch search = AlternativeSearch.of(Pattern.compile(
                "\\bcurl\\b[^\\n]{0,20}\\s-k|\\bpip3?\\s+x|\\bssl\\._create\\b|(?i:http\\.sslverify)|\\s-Skip"));
        assertThat(literals(search)).containsExactly("curl", "pip", "ssl._create", "", "");
        AlternativeSearch ignoringCase = AlternativeSearch.of(Pattern.compile("(?i)\\bBase64\\s+-d|/dev/(?:tcp|udp)/"));
        assertThat(literals(ignoringCase)).containsExactly("base64", "/dev/");
        assertThat(ignoringCase.alternatives()).allMatch(AlternativeSearch.Alternative::ignoreCase);
    }

    @Test
    void searchesWholeWhatItCannotSplitSafely() {
        // capturing groups (their numbers would change), flags, a flag group in the middle, \Q…\E, one alternative
        for (String source : List.of("(a)|b", "a|(?i)b", "(?s)a|b", "a|\\Qb|c\\E", "abc", "(?:a|b)c", "(?i-s)a|b")) {
            AlternativeSearch search = AlternativeSearch.of(Pattern.compile(source));
            assertThat(search.alternatives()).as(source).hasSize(1);
            assertThat(search.alternatives().get(0).pattern().pattern()).isEqualTo(source);
        }
        assertThat(AlternativeSearch.of(Pattern.compile("a|b", Pattern.MULTILINE)).alternatives()).hasSize(1);
        assertThat(AlternativeSearch.topLevelAlternatives("[|]|(x|y)|\\|")).containsExactly("[|]", "(x|y)", "\\|");
    }

    @Test
    void literalsStopBeforeWhatMayRepeatOrBeLeftOut() {
        assertThat(AlternativeSearch.leadingLiteral("\\bpip3?\\b")).isEqualTo("pip");
        assertThat(AlternativeSearch.leadingLiteral("ab*")).isEqualTo("a");
        assertThat(AlternativeSearch.leadingLiteral("ab{2}")).isEqualTo("a");
        assertThat(AlternativeSearch.leadingLiteral("\\bNODE_TLS\\s*=")).isEqualTo("NODE_TLS");
        assertThat(AlternativeSearch.leadingLiteral("a.b")).isEqualTo("a");
        assertThat(AlternativeSearch.leadingLiteral("\\sx")).isEmpty();
        assertThat(AlternativeSearch.leadingLiteral("(?:x)")).isEmpty();
    }

    @Test
    void findsWhatTheMatcherFindsOnTiesOverlapsAndEmptyMatches() {
        List<String> sources = List.of("ab|a", "a|ab", "\\bab\\b|b", "x*|y", "(?i)\\bfoo\\b|oo|FOO\\w", "^a|a$",
                "\\bcurl\\b.{0,5}k|url", "(?<=a)b|ab");
        List<String> texts = List.of("", "ab", "aab ab", "xyyx", "FOO foo fOoo xfoo", "a\na", "curl -k url curlk",
                "abab bab");
        for (String source : sources) {
            Pattern pattern = Pattern.compile(source);
            AlternativeSearch search = AlternativeSearch.of(pattern);
            for (String text : texts) {
                assertThat(bySearch(search, text)).as("%s in '%s'", source, text).isEqualTo(byMatcher(pattern, text));
            }
        }
    }

    @Test
    void findsWhatTheMatcherFindsForEveryCommandCheck() throws IOException {
        List<CommandPatternRule> rules = List.of(new TlsVerificationRule(), new RemoteCodeExecutionRule(),
                new PersistenceRule(), new SudoRule(), new DestructiveDeleteRule());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/rules"))) {
            files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches(".*\\.(md|sh|py|js|ps1)"))
                    .forEach(p -> {
                        try {
                            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        assertThat(texts).hasSizeGreaterThan(100);
        // and texts made of the checks' own literals in random order, so every alternative gets chances to match
        Random random = new Random(42);
        List<String> words = new ArrayList<>(List.of(" ", "\n", " | ", " -k ", "--insecure", "=", " False", " true",
                ":", "'", "\"", "0", "1", "sh", "bash", "~/", "$HOME/", ".bashrc", "https://x.io/a", "-e ", "/tmp/x"));
        int checks = 0;
        for (CommandPatternRule rule : rules) {
            for (CommandPatternRule.Check check : rule.checks()) {
                checks++;
                words.addAll(check.literals());
                for (AlternativeSearch.Alternative alternative : check.search().alternatives()) {
                    if (!alternative.literal().isEmpty()) {
                        words.add(alternative.literal());
                        words.add(alternative.literal().toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        for (int t = 0; t < 400; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(words.get(random.nextInt(words.size())));
            }
            texts.add(text.toString());
        }
        int matched = 0;
        for (CommandPatternRule rule : rules) {
            for (CommandPatternRule.Check check : rule.checks()) {
                for (String text : texts) {
                    List<String> expected = byMatcher(check.pattern(), text);
                    matched += expected.size();
                    assertThat(bySearch(check.search(), text)).as("%s: %s", rule.meta().id(), check.what())
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(checks).isGreaterThan(8);
        assertThat(matched).as("the texts exercise the patterns").isGreaterThan(50);
        assertThat(new TlsVerificationRule().checks().get(0).search().alternatives()).hasSize(13);
    }
}
