package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.cli.ExitCodes;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format on the fixture pack (src/test/resources/cli/pack) with the sample rules,
 * compared byte for byte with src/test/resources/golden/. Rewrite them with
 * {@code -Dskillpack.updateGolden=true} after an intended change, and review the diff.
 */
class ReportGoldenTest {
    static final Path FIXTURES = Path.of("src/test/resources/cli").toAbsolutePath();
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static CliRunner.Result render(ReportFormat format) {
        return CliRunner.in(FIXTURES, SampleRules.all()).with(Map.of(), false)
                .run("validate", "pack", "--format", format.id(), "--fail-on", "none", "--no-history");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void matchesGoldenFile(ReportFormat format) throws IOException {
        CliRunner.Result result = render(format);
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        Path golden = GOLDEN.resolve("report." + extension(format));
        if (Boolean.getBoolean("skillpack.updateGolden")) {
            Files.writeString(golden, result.out(), StandardCharsets.UTF_8);
        }
        assertThat(result.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case GITHUB -> "github.txt";
            case JUNIT -> "junit.xml";
            case HTML -> "html";
            case GITLAB -> "gitlab.json";
        };
    }
}
