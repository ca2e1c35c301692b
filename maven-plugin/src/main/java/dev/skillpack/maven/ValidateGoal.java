package dev.skillpack.maven;

import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ConfigProblem;
import dev.skillpack.validator.engine.Baseline;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The work of {@code skillpack:validate}, without Maven: up-to-date check, validation, baseline,
 * findings and summary to the log, report files, the decision whether the build fails.
 */
final class ValidateGoal {
    private final RuleRegistry registry;
    private final BuildLog log;

    ValidateGoal(RuleRegistry registry, BuildLog log) {
        this.registry = registry;
        this.log = log;
    }

    /**
     * What a run produced.
     *
     * @param result the result, baseline applied; empty when the pack was up to date and not read
     * @param counts the unsuppressed findings by severity
     * @param reports the report files
     */
    record Outcome(Optional<ValidationResult> result, Counts counts, List<Path> reports) {
    }

    /**
     * @param settings checked parameters
     * @return what was validated and written
     * @throws SetupException on a broken config or baseline file, or a report that cannot be written
     * @throws FindingsException when findings reach {@code failOn}
     */
    Outcome run(ValidateSettings settings) throws SetupException, FindingsException {
        Path stampFile = settings.reportsDirectory().resolve(UpToDateCheck.STAMP);
        String fingerprint = null;
        if (!settings.force() && settings.writeBaseline().isEmpty()) {
            try {
                fingerprint = UpToDateCheck.fingerprint(settings, registry.rules().stream()
                        .map(r -> r.meta().id()).sorted().toList());
            } catch (IOException e) {
                fingerprint = null;
            }
            if (fingerprint != null) {
                Optional<UpToDateCheck.Stamp> stamp = UpToDateCheck.upToDate(stampFile, fingerprint);
                // A stamp whose findings now fail the build (failOn was lowered) is not used: the run
                // below shows the findings before failing.
                if (stamp.isPresent() && (settings.failOn().isEmpty()
                        || !stamp.get().counts().atOrAbove(settings.failOn().get()))) {
                    log.info(stamp.get().summary() + " (unchanged since the last validation, not validated "
                            + "again; -Dskillpack.force=true validates)");
                    return new Outcome(Optional.empty(), stamp.get().counts(), stamp.get().reports());
                }
            }
        }
        Optional<Baseline> accepted = settings.baseline().isPresent()
                ? Optional.of(readBaseline(settings.basedir(), settings.baseline().get())) : Optional.empty();
        ValidationSession session;
        ValidationResult result;
        try {
            UpToDateCheck.delete(stampFile);
            session = PackValidation.session(settings, registry);
            result = session.validate();
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                log.error(problem.toString());
            }
            throw new SetupException("the skillpack configuration is invalid: " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ", see the lines above");
        } catch (IOException e) {
            throw new SetupException("cannot delete the old stamp in " + Parameters.display(settings.basedir(),
                    settings.reportsDirectory()) + ": " + reason(e));
        }
        if (accepted.isPresent()) {
            result = accepted.get().apply(result, baselineKey(settings.basedir(), settings.baseline().get()));
        }
        if (settings.writeBaseline().isPresent()) {
            Path file = settings.writeBaseline().get();
            Function<String, String> key = baselineKey(settings.basedir(), file);
            Baseline written = Baseline.of(result, key);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, written.toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SetupException("writeBaseline: cannot write " + Parameters.display(settings.basedir(), file)
                        + ": " + reason(e));
            }
            log.info("skillpack: wrote " + written.entries().size() + (written.entries().size() == 1 ? " finding"
                    : " findings") + " to baseline " + Parameters.display(settings.basedir(), file));
            result = written.apply(result, key);
        }
        for (Finding finding : result.active()) {
            String line = PackValidation.format(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        ValidationOutcome outcome = session.outcome(result);
        String summary = PackValidation.summary(outcome, PackValidation.reportOptions(session).targetNote());
        log.info(summary);
        List<Path> reports;
        try {
            reports = PackValidation.writeReports(result, settings.formats(), settings.reportsDirectory(),
                    PackValidation.reportOptions(session));
        } catch (IOException e) {
            throw new SetupException("reportsDirectory: cannot write reports to "
                    + Parameters.display(settings.basedir(), settings.reportsDirectory()) + ": " + reason(e));
        }
        for (Path report : reports) {
            log.info("skillpack: report " + Parameters.display(settings.basedir(), report));
        }
        if (outcome.verdict() == ValidationOutcome.Verdict.CRASH) {
            throw new SetupException(result.crashes().size() + " rule crash" + (result.crashes().size() == 1 ? "" : "es")
                    + " (see the lines above); this is a bug in skillpack, please report it");
        }
        if (outcome.verdict() == ValidationOutcome.Verdict.FAIL) {
            throw new FindingsException("skill pack has findings at or above "
                    + outcome.failOn().map(Severity::id).orElse("none") + ": " + outcome.summary()
                    + "; see the lines above");
        }
        if (fingerprint != null) {
            try {
                UpToDateCheck.write(stampFile, new UpToDateCheck.Stamp(fingerprint, summary, Counts.of(result),
                        reports));
            } catch (IOException e) {
                log.warn("skillpack: cannot write the up-to-date stamp " + Parameters.display(settings.basedir(),
                        stampFile) + " (" + reason(e) + "); the next build validates again");
            }
        }
        return new Outcome(Optional.of(result), Counts.of(result), reports);
    }

    private static Baseline readBaseline(Path basedir, Path file) throws SetupException {
        try {
            return Baseline.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SetupException("baseline: cannot read " + Parameters.display(basedir, file) + ": " + reason(e));
        } catch (IllegalArgumentException e) {
            throw new SetupException("baseline: " + Parameters.display(basedir, file) + " is not a skillpack baseline: "
                    + e.getMessage());
        }
    }

    /** Baseline paths are relative to the baseline file's folder, as the CLI writes them. */
    private static Function<String, String> baselineKey(Path basedir, Path baselineFile) {
        Path base = baselineFile.toAbsolutePath().normalize().getParent();
        return displayPath -> {
            Path absolute = basedir.resolve(displayPath).normalize();
            String rel = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
            return rel.replace('\\', '/');
        };
    }

    /** An I/O failure in words, without the exception's class name. */
    static String reason(IOException e) {
        return dev.skillpack.core.text.IoReason.of(e);
    }
}
