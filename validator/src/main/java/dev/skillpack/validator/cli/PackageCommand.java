package dev.skillpack.validator.cli;

import dev.skillpack.core.pack.BuildTimestamp;
import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.PackOptions;
import dev.skillpack.core.pack.PackTarget;
import dev.skillpack.core.pack.PackedSkill;
import dev.skillpack.core.pack.SkillPackager;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.engine.SkillChangedException;
import dev.skillpack.validator.engine.ValidatedPack;
import dev.skillpack.validator.engine.ValidatedSkill;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.report.ReportOptions;
import dev.skillpack.validator.report.TextLimits;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillpack package PATH... [--output DIR]}: validates like {@code validate} (text report), refuses a
 * pack with errors, then writes one reproducible {@code .skill} archive per skill (the same archive the Maven
 * plugin attaches). Entry times come from {@code SOURCE_DATE_EPOCH}, else 1980-01-01, so the same files give
 * the same bytes on any machine.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Validate skills, then write one .skill archive per skill (reproducible: the same files give "
                + "the same bytes; entry times from SOURCE_DATE_EPOCH, else 1980-01-01).",
                "A pack with errors is not packaged unless --with-errors is given."})
final class PackageCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "skill folders or folders of skills")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/skillpack",
            description = "the folder the archives go to (default: ${DEFAULT-VALUE}); made when missing")
    private String output;

    @Option(names = "--config", paramLabel = "FILE", description = "use FILE instead of the .skillpack.yaml found above each PATH")
    private String config;

    @Option(names = "--target", paramLabel = "TARGET", description = "agentskills, claude-code or codex (default: inferred)")
    private String target;

    @Option(names = "--with-errors", description = "package even when validation reports errors")
    private boolean withErrors;

    PackageCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws ConfigException {
        Optional<Target> chosenTarget = ValidateCommand.target(target);
        Instant timestamp = timestamp();
        RuleRegistry registry = env.rules().get();
        ValidationSession session = ValidationRun.session(env, registry, paths, new ValidationRun.Options(
                chosenTarget, Optional.empty(), Optional.ofNullable(config), List.of(), List.of(),
                Optional.of(Severity.ERROR)));
        List<ValidationSession.Run> runs = session.runs();
        ValidationResult result;
        // read as validate reads the work tree, release facts included, so both report the same findings
        try (GitScope scope = GitScope.of(env, Optional.empty(), Optional.empty())) {
            result = ValidateCommand.runAll(runs, scope);
        }
        ValidationOutcome outcome = session.outcome(result);
        String targets = runs.stream().map(r -> r.target().note()).distinct().collect(Collectors.joining("; "));
        env.out().print(ReportFormat.TEXT.reporter().render(new Report(result, env.version(), env.color("auto"),
                new ReportOptions(Optional.of(Severity.ERROR), TextLimits.defaults(), false, targets))));
        if (outcome.verdict() == ValidationOutcome.Verdict.CRASH) {
            outcome.crashNote().ifPresent(note -> env.err().println("skillpack: " + note));
            return ExitCodes.INTERNAL;
        }
        long errors = result.active().stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0 && !withErrors) {
            env.err().println("skillpack: not packaged: the pack has " + errors + (errors == 1 ? " error" : " errors")
                    + "; fix " + (errors == 1 ? "it" : "them") + " or give --with-errors to package anyway");
            return ExitCodes.FINDINGS;
        }
        return write(result.packs(), runs.get(0).config().tokenizer(), timestamp);
    }

    /**
     * Writes the archives skill by skill, in name order: each skill is read again (the result keeps no file
     * contents; a file changed since validation is refused), packaged, written under a staging name and let
     * go, so memory holds one skill at a time; all are put in place at the end, or none.
     */
    private int write(List<ValidatedPack> packs, dev.skillpack.core.tokens.Tokenizer tokenizer, Instant timestamp) {
        SkillPackager packager = SkillPackager.create(PackOptions.defaults(timestamp).withTokenizer(tokenizer));
        Path folder = env.resolve(output);
        if (Files.isRegularFile(folder)) {
            throw new UsageException(output + " is a file; give a folder for the archives");
        }
        List<ValidatedSkill> skills = packs.stream().flatMap(p -> p.skills().stream())
                .sorted(Comparator.comparing(PackageCommand::archiveName)).toList();
        if (skills.isEmpty()) {
            env.err().println("skillpack: no skills found; nothing to package");
            return ExitCodes.FINDINGS;
        }
        StagedArchives staged = null;
        try {
            requireUniqueNames(packs);
            Files.createDirectories(folder);
            PackTarget into = PackTarget.of(folder);
            staged = new StagedArchives(into);
            List<String> report = new ArrayList<>(skills.size());
            for (ValidatedSkill validated : skills) {
                PackedSkill skill = packager.prepare(validated.reread());
                String file = skill.name() + ".skill";
                byte[] archive = packager.skillArchive(skill);
                staged.stage(file, archive);
                report.add(UntrustedText.line("packaged " + skill.name() + " into " + env.display(into.resolve(file))
                        + " (" + skill.files().size() + (skill.files().size() == 1 ? " file, " : " files, ")
                        + String.format(Locale.ROOT, "%,d", archive.length) + (archive.length == 1 ? " byte" : " bytes")
                        + (skill.excluded().isEmpty() ? "" : "; left out: " + String.join(", ", skill.excluded())) + ")"));
            }
            staged.commit();
            report.forEach(env.out()::println);
            return ExitCodes.OK;
        } catch (PackException e) {
            discard(staged);
            throw new UsageException("cannot package the skills: " + e.getMessage());
        } catch (SkillChangedException e) {
            discard(staged);
            throw new UsageException("not packaged: " + e.getMessage());
        } catch (java.io.IOException e) {
            discard(staged);
            throw new UsageException("cannot write " + output + ": " + Paths.reason(e));
        }
    }

    /** The name a skill's archive gets, as the packager reads it: the {@code name} field, trimmed. */
    private static String archiveName(ValidatedSkill skill) {
        return skill.name().map(String::strip).orElse("");
    }

    /** Each archive is named after its skill, so two skills of one name would write one file. */
    private static void requireUniqueNames(List<ValidatedPack> packs) throws PackException {
        Set<String> seen = new HashSet<>();
        for (ValidatedPack pack : packs) {
            for (ValidatedSkill skill : pack.skills()) {
                String name = archiveName(skill);
                if (!name.isEmpty() && !seen.add(name)) {
                    throw new PackException(pack.path(), "two skills are named '" + name + "'; a package holds "
                            + "one archive per name, so rename one");
                }
            }
        }
    }

    private static void discard(StagedArchives staged) {
        if (staged != null) {
            staged.discard();
        }
    }

    private Instant timestamp() {
        String epoch = env.env().get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return BuildTimestamp.EARLIEST;
        }
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            if (at.isBefore(BuildTimestamp.EARLIEST) || at.isAfter(BuildTimestamp.LATEST)) {
                throw new UsageException("SOURCE_DATE_EPOCH " + epoch.trim() + " is outside what a zip can hold "
                        + "(1980 to 2107)");
            }
            return at;
        } catch (NumberFormatException e) {
            throw new UsageException("SOURCE_DATE_EPOCH must be seconds since 1970, not '"
                    + UntrustedText.line(epoch) + "'");
        }
    }
}
