package dev.skillpack.maven;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked parameters of {@code skillpack:validate} (and of the validation {@code skillpack:package}
 * runs first). Every path is absolute and normalised; a file named here exists.
 *
 * @param basedir the project folder; findings show paths relative to it
 * @param folders the skills folders, each existing
 * @param configFile an explicit {@code .skillpack.yaml}, or empty to use the one found above each folder
 * @param failOn the lowest severity that fails the build, or empty for never
 * @param formats the report files to write
 * @param reportsDirectory where report files (and the up-to-date stamp) go
 * @param target the client to validate for, or empty for config / install path / spec
 * @param tokenizer the tokenizer, or empty for the configured one
 * @param baseline a baseline file whose findings are hidden, or empty
 * @param writeBaseline a baseline file to write with the current findings, or empty
 * @param force run even when nothing changed since the last run
 */
record ValidateSettings(Path basedir, List<Path> folders, Optional<Path> configFile, Optional<Severity> failOn,
                        List<ReportFormat> formats, Path reportsDirectory, Optional<Target> target,
                        Optional<Tokenizer> tokenizer, Optional<Path> baseline, Optional<Path> writeBaseline,
                        boolean force) {

    /** Copies the lists. */
    ValidateSettings {
        Objects.requireNonNull(basedir, "basedir");
        folders = List.copyOf(folders);
        formats = List.copyOf(formats);
        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
    }

    /** @return the settings in a stable text form, one per line, for the up-to-date fingerprint */
    String canonical() {
        return "basedir=" + basedir + "\nfolders=" + folders + "\nconfigFile=" + configFile.map(Path::toString).orElse("")
                + "\nfailOn=" + failOn.map(Severity::id).orElse("none") + "\nformats="
                + formats.stream().map(ReportFormat::id).toList() + "\nreportsDirectory=" + reportsDirectory
                + "\ntarget=" + target.map(Target::id).orElse("") + "\ntokenizer="
                + tokenizer.map(Tokenizer::id).orElse("") + "\nbaseline=" + baseline.map(Path::toString).orElse("")
                + "\n";
    }
}
