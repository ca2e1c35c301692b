package dev.skillpack.maven;

import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.report.ReportOptions;
import dev.skillpack.validator.report.TextLimits;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the validate goal does, as plain Java: a {@link ValidationSession} over the configured folders,
 * the same one the CLI uses (config discovery, target choice, run, summary wording, verdict).
 */
final class PackValidation {
    private PackValidation() {
    }

    /**
     * @param settings checked parameters
     * @param registry the rules
     * @return the session for the configured folders: config discovery, target choice, run and verdict
     * @throws ConfigException when a config file is broken
     */
    static ValidationSession session(ValidateSettings settings, RuleRegistry registry) throws ConfigException {
        ValidationSession.Builder session = ValidationSession.builder().registry(registry)
                .displayRelativeTo(settings.basedir());
        settings.folders().forEach(session::folder);
        settings.configFile().ifPresent(session::configFile);
        settings.target().ifPresent(t -> session.target(t, "parameter target"));
        settings.tokenizer().ifPresent(session::tokenizer);
        settings.failOn().ifPresentOrElse(session::failOn, session::failOnNothing);
        return session.build();
    }

    /**
     * Writes one report file per format, {@code skillpack.<ext>}, into a folder.
     *
     * @param result the result
     * @param formats the formats
     * @param folder the output folder (created if missing)
     * @param options the session's {@code failOn} (JUnit fails only findings at or above it, as the CLI's
     *        report does) and target line
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    static List<Path> writeReports(ValidationResult result, List<ReportFormat> formats, Path folder,
                                   ReportOptions options) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(folder);
        for (ReportFormat format : formats) {
            Path file = folder.resolve(fileName(format));
            Files.writeString(file, format.reporter().render(new Report(result, Validator.version(), false, options)),
                    StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /**
     * @param format a format
     * @return the report file's name
     */
    static String fileName(ReportFormat format) {
        return "skillpack." + switch (format) {
            case TEXT -> "txt";
            case GITHUB -> "github.txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case JUNIT -> "junit.xml";
            case HTML -> "html";
            case GITLAB -> "gitlab.json";
        };
    }

    /**
     * @param session the session that produced a result
     * @return the report options the CLI would use for it: its {@code failOn}, default text limits and the
     *         target line ("target claude-code (plugin parameter target)"; per folder when folders differ)
     */
    static ReportOptions reportOptions(ValidationSession session) {
        boolean oneTarget = session.runs().stream().map(ValidationSession.Run::target).distinct().count() <= 1;
        String targets = session.runs().stream().map(r -> (oneTarget ? "" : r.display() + ": ") + r.target().note())
                .distinct().collect(Collectors.joining("; "));
        return new ReportOptions(session.failOn(), TextLimits.defaults(), false, targets);
    }

    /**
     * @param f a finding
     * @return the line the Maven log shows: {@code path:line:col: severity ID(alias) message}
     */
    static String format(Finding f) {
        return f.span().path() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.severity().id() + " "
                + f.ruleId() + "(" + f.alias() + ") " + f.message();
    }

    /**
     * @param outcome a session's outcome
     * @param targetNote the target line, e.g. "target agentskills (default)"; empty for none
     * @return the CLI's last line (summary sentence; target) with the tool's name in front
     */
    static String summary(ValidationOutcome outcome, String targetNote) {
        return "skillpack: " + outcome.summary() + (targetNote.isEmpty() ? "" : "; " + targetNote);
    }
}
