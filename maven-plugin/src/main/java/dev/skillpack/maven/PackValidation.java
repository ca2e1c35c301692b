package dev.skillpack.maven;

import dev.skillpack.validator.Finding;
import dev.skillpack.validator.ToolInfo;
import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.ValidationResult;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.engine.RuleRegistry;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the Mojos do, as plain Java that tests call without Maven. */
final class PackValidation {
    private PackValidation() {
    }

    /**
     * Validates a skills folder with the {@code .skillpack.yaml} given or found above it.
     *
     * @param basedir the project folder; report paths are relative to it
     * @param folder the skills folder
     * @param configFile an explicit config file, or empty to search upward from the folder
     * @param failOn the lowest severity that fails the build; empty: findings never fail it
     * @return the findings and the pass/fail decision
     * @throws ConfigException when the config file is broken
     */
    static ValidationOutcome validate(Path basedir, Path folder, Optional<Path> configFile,
                                      Optional<Severity> failOn) throws ConfigException {
        ValidationSession.Builder session = ValidationSession.builder()
                .registry(RuleRegistry.discover(PackValidation.class.getClassLoader()))
                .displayRelativeTo(basedir).folder(folder);
        configFile.ifPresent(session::configFile);
        failOn.ifPresentOrElse(session::failOn, session::failOnNothing);
        return session.build().run();
    }

    /**
     * Writes one report file per format, {@code skillpack.<ext>}, into a folder.
     *
     * @param result the result
     * @param formats format ids
     * @param folder the output folder (created if missing)
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    static List<Path> writeReports(ValidationResult result, List<String> formats, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(folder);
        for (String id : formats) {
            ReportFormat format = ReportFormat.byId(id.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown report format '" + id + "'; use text, json, sarif, github or junit"));
            Path file = folder.resolve("skillpack." + extension(format));
            Files.writeString(file, format.reporter().render(new Report(result, ToolInfo.version(), false)),
                    StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT, GITHUB -> format.id() + ".txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case JUNIT -> "junit.xml";
        };
    }

    static String format(Finding f) {
        return f.span().path() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.severity().id() + " "
                + f.ruleId() + "(" + f.alias() + ") " + f.message();
    }

    static String summary(ValidationOutcome outcome) {
        return "skillpack: " + outcome.summary();
    }
}
