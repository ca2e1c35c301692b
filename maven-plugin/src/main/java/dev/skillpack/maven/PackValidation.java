package dev.skillpack.maven;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.validator.Finding;
import dev.skillpack.validator.ToolInfo;
import dev.skillpack.validator.ValidationResult;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.ValidatorConfig;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ConfigFile;
import dev.skillpack.validator.config.ConfigLoader;
import dev.skillpack.validator.config.TargetInference;
import dev.skillpack.validator.engine.RuleRegistry;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.report.Summary;
import dev.skillpack.validator.rule.Target;
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
     * @return the result
     * @throws ConfigException when the config file is broken
     */
    static ValidationResult validate(Path basedir, Path folder, Optional<Path> configFile) throws ConfigException {
        Path base = basedir.toAbsolutePath().normalize();
        Path target = folder.toAbsolutePath().normalize();
        RuleRegistry registry = RuleRegistry.discover(PackValidation.class.getClassLoader());
        Optional<Path> found = configFile.isPresent() ? configFile : ConfigLoader.find(target);
        ConfigFile config = found.isPresent()
                ? new ConfigLoader(registry).load(found.get(), display(base, found.get()))
                : ConfigFile.empty();
        Target client = config.target().or(() -> TargetInference.infer(target)).orElse(Target.AGENTSKILLS);
        ValidatorConfig settings = config.toValidatorConfig(client);
        return Validator.builder().rules(registry.rules()).config(settings).build()
                .validate(new DirectorySkillSource(target, display(base, target), SourceLimits.defaults()));
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
            case HTML -> "html";
        };
    }

    private static String display(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return DirectorySkillSource.displayOf(absolute.startsWith(base) ? base.relativize(absolute) : absolute);
    }

    static String format(Finding f) {
        return f.span().path() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.severity().id() + " "
                + f.ruleId() + "(" + f.alias() + ") " + f.message();
    }

    static String summary(ValidationResult result) {
        Summary s = Summary.of(result);
        return "skillpack: " + s.skills() + (s.skills() == 1 ? " skill, " : " skills, ") + s.errors()
                + (s.errors() == 1 ? " error, " : " errors, ") + s.warnings()
                + (s.warnings() == 1 ? " warning" : " warnings");
    }
}
