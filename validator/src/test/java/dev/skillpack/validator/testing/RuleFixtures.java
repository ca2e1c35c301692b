package dev.skillpack.validator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.source.ArchiveLimits;
import dev.skillpack.core.source.ArchiveSkillSource;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.validator.Validator;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.validator.config.ReadingLimits;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one rule over a fixture folder and checks its findings against the expectations written in
 * the fixture, Error Prone style.
 *
 * <p>Fixtures live in {@code src/test/resources/rules/<case>/}: a folder of one or more skills. An
 * expectation marks the line after it:
 * <ul>
 *   <li>in Markdown, a line {@code <!-- expect: SP101 -->} or {@code <!-- expect: SP101 exact message -->};</li>
 *   <li>in YAML front matter, a line {@code # expect: SP001} or {@code # expect: SP001 exact message};</li>
 *   <li>for lines no marker can precede (line 1, binary files), a file {@code expected.txt} at the case
 *       root with lines {@code skill/SKILL.md:1 SP001 [exact message]}; a finding on the case folder
 *       itself (a pack-level problem) has the path {@code .}.</li>
 * </ul>
 * Paths are relative to the case folder. Every finding of the rule must be expected and every
 * expectation found; when a message is given it must match exactly. A file {@code target.txt} at the
 * case root names the target to validate for ({@code claude-code}); the default is {@code agentskills}.
 * A file {@code analysed-bytes.txt} at the case root holds the analysis limit to read with (the setting
 * {@code limits: analysed-bytes}), so a case can show a file over it without checking in a megabyte.
 * A case holding {@code pack.zip} validates that archive (read without unpacking) instead of the folder;
 * its findings have paths such as {@code pack.zip!/pdf/SKILL.md}.
 */
public final class RuleFixtures {
    private static final Path ROOT = Path.of("src/test/resources/rules");
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:<!--\\s*expect:\\s*(.+?)\\s*-->|#\\s*expect:\\s*(.+?))\\s*$");

    private RuleFixtures() {
    }

    /**
     * Checks a fixture case with the rule's default options.
     *
     * @param rule the rule under test
     * @param caseName folder under {@code src/test/resources/rules/}
     * @return the findings, for further assertions
     */
    public static List<Finding> verify(Rule rule, String caseName) {
        return verify(rule, caseName, RuleConfig.DEFAULT);
    }

    /**
     * Checks a fixture case with the given rule settings.
     *
     * @param rule the rule under test
     * @param caseName folder under {@code src/test/resources/rules/}
     * @param settings the rule's settings (options, severity)
     * @return the findings, for further assertions
     */
    public static List<Finding> verify(Rule rule, String caseName, RuleConfig settings) {
        Path dir = ROOT.resolve(caseName);
        assertThat(dir).as("fixture folder").isDirectory();
        List<Finding> findings = run(rule, dir, settings, target(dir), analysedBytes(dir));
        List<Expectation> expected = expectations(dir);
        String prefix = DirectorySkillSource.displayOf(dir) + "/";
        List<String> actualKeys = findings.stream()
                .map(f -> strip(f.span().path(), prefix) + ":" + f.span().line() + " " + f.ruleId()).toList();
        List<String> expectedKeys = expected.stream().map(Expectation::key).toList();
        assertThat(actualKeys).as("findings of %s in %s (messages: %s)", rule.meta().id(), caseName,
                findings.stream().map(Finding::message).toList()).containsExactlyInAnyOrderElementsOf(expectedKeys);
        for (Expectation e : expected) {
            if (!e.message().isEmpty()) {
                assertThat(findings.stream()
                        .filter(f -> (strip(f.span().path(), prefix) + ":" + f.span().line() + " " + f.ruleId())
                                .equals(e.key()))
                        .map(Finding::message))
                        .as("message at %s", e.key()).contains(e.message());
            }
        }
        return findings;
    }

    /**
     * Runs one rule on a folder.
     *
     * @param rule the rule
     * @param dir the folder
     * @param settings the rule's settings
     * @return the rule's findings, sorted
     */
    public static List<Finding> run(Rule rule, Path dir, RuleConfig settings) {
        return run(rule, dir, settings, ValidatorConfig.defaults().target());
    }

    /**
     * Runs one rule on a folder for a target client.
     *
     * @param rule the rule
     * @param dir the folder
     * @param settings the rule's settings
     * @param target the client validated for
     * @return the rule's findings, sorted
     */
    public static List<Finding> run(Rule rule, Path dir, RuleConfig settings, Target target) {
        return run(rule, dir, settings, target, ReadingLimits.DEFAULT_ANALYSED_BYTES);
    }

    private static List<Finding> run(Rule rule, Path dir, RuleConfig settings, Target target, long analysedBytes) {
        ValidatorConfig defaults = ValidatorConfig.defaults();
        ValidatorConfig config = new ValidatorConfig(target, defaults.tokenizer(),
                Map.of(rule.meta().id(), settings));
        Validator validator = Validator.builder().rules(List.of(rule)).config(config)
                .parser(SkillParser.builder().limits(ReadingLimits.defaults().parse().withMaxAnalysedBytes(analysedBytes))
                        .build())
                .build();
        Path archive = dir.resolve("pack.zip");
        ValidationResult result = Files.isRegularFile(archive)
                ? validator.validate(ArchiveSkillSource.open(archive, DirectorySkillSource.displayOf(archive),
                        ArchiveLimits.defaults(), SourceLimits.defaults()))
                : validator.validate(dir);
        return result.findings();
    }

    private static String strip(String path, String prefix) {
        if (path.equals(prefix.substring(0, prefix.length() - 1))) {
            return ".";
        }
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static long analysedBytes(Path dir) {
        Path file = dir.resolve("analysed-bytes.txt");
        if (!Files.isRegularFile(file)) {
            return ReadingLimits.DEFAULT_ANALYSED_BYTES;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Target target(Path dir) {
        Path file = dir.resolve("target.txt");
        if (!Files.isRegularFile(file)) {
            return ValidatorConfig.defaults().target();
        }
        try {
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Target.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown target in " + file + ": " + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Expectation(String path, int line, String ruleId, String message) {
        String key() {
            return path + ":" + line + " " + ruleId;
        }
    }

    private static List<Expectation> expectations(Path dir) {
        List<Expectation> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                if (rel.equals("expected.txt")) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        String[] parts = line.split(" ", 3);
                        int colon = parts[0].lastIndexOf(':');
                        result.add(new Expectation(parts[0].substring(0, colon),
                                Integer.parseInt(parts[0].substring(colon + 1)), parts[1],
                                parts.length > 2 ? parts[2] : ""));
                    }
                } else if (rel.endsWith(".md")) {
                    List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                            .split("\n", -1));
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = MARKER.matcher(lines.get(i).replace("\r", ""));
                        if (m.matches()) {
                            String body = m.group(1) != null ? m.group(1) : m.group(2);
                            int target = i + 1;
                            while (target < lines.size() && MARKER.matcher(lines.get(target)).matches()) {
                                target++;
                            }
                            String[] parts = body.split(" ", 2);
                            result.add(new Expectation(rel, target + 1, parts[0], parts.length > 1 ? parts[1] : ""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
