package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's opening claims stay true as rules and formats are added. */
class ReadmeFactsTest {
    private static final Path README = Path.of("../README.md");

    @Test
    void theRuleCountIsTheNumberOfBuiltInRules() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher count = Pattern.compile("\\((\\d+) rules, each with a doc page\\)").matcher(readme);
        assertThat(count.find()).as("README states the rule count as '(N rules, each with a doc page)'").isTrue();
        assertThat(Integer.parseInt(count.group(1))).isEqualTo(BuiltinRules.all().size());
    }

    @Test
    void theCliLineListsEveryReportFormat() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher formats = Pattern.compile("--format ([a-z|]+)\\]").matcher(readme);
        assertThat(formats.find()).isTrue();
        assertThat(formats.group(1).split("\\|")).containsExactlyInAnyOrder(
                java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toArray(String[]::new));
    }
}
