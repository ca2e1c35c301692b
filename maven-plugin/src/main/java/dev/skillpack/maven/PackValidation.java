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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the validator over the configured folders the way the CLI does: per folder the explicit config
 * file or the nearest {@code .skillpack.yaml} above it, the target from the parameter, the config, the
 * install path or the spec, in that order.
 */
final class PackValidation {
    private PackValidation() {
    }

    /**
     * @param settings checked parameters
     * @param registry the rules
     * @return one merged result for all folders
     * @throws ConfigException when a config file is broken
     */
    static ValidationResult validate(ValidateSettings settings, RuleRegistry registry) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(registry);
        Map<Path, ConfigFile> loaded = new HashMap<>();
        List<ValidationResult> results = new ArrayList<>();
        for (Path folder : settings.folders()) {
            Optional<Path> file = settings.configFile().isPresent() ? settings.configFile() : ConfigLoader.find(folder);
            ConfigFile config = ConfigFile.empty();
            if (file.isPresent()) {
                config = loaded.get(file.get());
                if (config == null) {
                    config = loader.load(file.get(), Parameters.display(settings.basedir(), file.get()));
                    loaded.put(file.get(), config);
                }
            }
            Target target = settings.target().or(config::target).or(() -> TargetInference.infer(folder))
                    .orElse(Target.AGENTSKILLS);
            ValidatorConfig validatorConfig = config.toValidatorConfig(target);
            if (settings.tokenizer().isPresent()) {
                validatorConfig = validatorConfig.withTokenizer(settings.tokenizer().get());
            }
            results.add(Validator.builder().rules(registry.rules()).config(validatorConfig).build().validate(
                    new DirectorySkillSource(folder, Parameters.display(settings.basedir(), folder),
                            SourceLimits.defaults())));
        }
        return ValidationResult.merge(results);
    }

    /**
     * Writes one report file per format, {@code skillpack.<ext>}, into a folder.
     *
     * @param result the result
     * @param formats the formats
     * @param folder the output folder (created if missing)
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    static List<Path> writeReports(ValidationResult result, List<ReportFormat> formats, Path folder)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(folder);
        for (ReportFormat format : formats) {
            Path file = folder.resolve(fileName(format));
            Files.writeString(file, format.reporter().render(new Report(result, ToolInfo.version(), false)),
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
        };
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
     * @param result a result
     * @return the CLI's summary sentence with the tool's name in front
     */
    static String summary(ValidationResult result) {
        return "skillpack: " + Summary.of(result).sentence();
    }
}
