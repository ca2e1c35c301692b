package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack carrying each attack the security rules know, validated with the security rules only: the exact
 * rule ids, lines and messages are pinned in {@code hostile/expected.txt}. Regenerate it with
 * {@code -Dskillpack.updateHostile=true} after reading every changed line.
 */
class HostilePackTest {
    private static final Path PACK = Path.of("src/test/resources/hostile/pack");
    private static final Path EXPECTED = Path.of("src/test/resources/hostile/expected.txt");

    @TempDir
    Path dir;

    @Test
    void everyAttackIsReportedWithItsRuleLineAndMessage() throws IOException {
        copy(PACK, dir);
        // the escaping link is made here: a checked-in link to /etc would be followed by tools that copy resources
        Path link = dir.resolve("deploy-helper/references/passwd");
        try {
            Files.createSymbolicLink(link, Path.of("/etc/hostname"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot hold symbolic links: " + e.getMessage());
        }
        ValidatorConfig config = new ValidatorConfig(Target.CLAUDE_CODE, ValidatorConfig.defaults().tokenizer(),
                Map.of("SP435", new RuleConfig(true, null, Map.of("max-file-bytes", 2000))));
        ValidationResult result = Validator.builder().rules(SecurityRules.all()).config(config).build().validate(dir);
        String prefix = DirectorySkillSource.displayOf(dir) + "/";
        List<String> actual = result.findings().stream().map(f -> line(f, prefix)).sorted().toList();
        if (Boolean.getBoolean("skillpack.updateHostile")) {
            Files.write(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).sorted().toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        for (String l : actual) {
            assertThat(l.codePoints().allMatch(HostilePackTest::visible))
                    .as("no raw control or invisible character in: %s", l).isTrue();
        }
        assertThat(actual).noneMatch(l -> l.contains("Vb7Kq2Lm9Xz4Rt8Wn3Pj6Hs1Df5Ga0Ec2Yu4"));
    }

    private static boolean visible(int cp) {
        return cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F) && Character.getType(cp) != Character.FORMAT;
    }

    private static String line(Finding f, String prefix) {
        String path = f.span().path().startsWith(prefix) ? f.span().path().substring(prefix.length()) : f.span().path();
        return path + ":" + f.span().line() + " " + f.ruleId() + " " + f.message();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try {
            Files.setPosixFilePermissions(to.resolve("deploy-helper/bin/tool"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // the ELF header alone makes the finding; the bit only changes nothing in the expected output
        }
    }
}
