package dev.skillpack.validator.cli;

import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.history.Bump;
import dev.skillpack.core.history.HistoryException;
import dev.skillpack.core.history.ReleasePlan;
import dev.skillpack.core.history.ReleaseResult;
import dev.skillpack.core.history.SkillReleaser;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillpack release SKILL [major|minor|patch]}: version, change log, commit and tag. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Release a skill: check it is valid and committed, write the next version into "
                + "metadata.version (only that value changes), put a section for the release at the top of the "
                + "skill's CHANGELOG.md, commit both and create the annotated tag <name>/v<version>.",
                "Without a bump the section diff since the last release decides: a removed section or file is "
                        + "major, an added one minor, any other change patch."})
final class ReleaseCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "SKILL", description = "the skill's folder or its SKILL.md")
    private String skill;

    @Parameters(index = "1", arity = "0..1", paramLabel = "BUMP", description = "major, minor or patch (default: inferred)")
    private String bump;

    @Option(names = "--dry-run", description = "print what would be written, committed and tagged; write nothing")
    private boolean dryRun;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date in the change log (default: today, UTC)")
    private String date;

    ReleaseCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws ConfigException {
        Optional<Bump> chosen = Optional.ofNullable(bump).map(b -> Bump.parse(b).orElseThrow(() ->
                new UsageException("unknown bump '" + b + "'; use major, minor or patch")));
        LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC) : parseDate(date);
        try (GitSkill located = GitSkill.open(env, skill)) {
            if (located.repository().bare()) {
                throw new UsageException("a bare repository has no work tree to release from; release in a clone");
            }
            int errors = validate();
            if (errors > 0) {
                env.err().println("skillpack: " + skill + " has " + errors + (errors == 1 ? " error" : " errors")
                        + "; fix " + (errors == 1 ? "it" : "them") + " before releasing");
                return ExitCodes.FINDINGS;
            }
            SkillReleaser releaser = new SkillReleaser(located.repository(), TokenCounter.defaultCounter());
            ReleasePlan plan = releaser.plan(located.folder(), chosen, day);
            if (dryRun) {
                env.out().print(describe(plan, true));
                env.out().println("dry run: nothing was written, committed or tagged");
                return ExitCodes.OK;
            }
            ReleaseResult result = releaser.apply(plan);
            env.out().print(describe(plan, false));
            env.out().println("released " + UntrustedText.line(plan.skillName()) + " " + plan.version() + ": commit "
                    + result.commit().shortId() + ", tag " + UntrustedText.line(result.tag().tagName()));
            return ExitCodes.OK;
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot release: " + Paths.reason(e));
        }
    }

    /** Runs the configured rules over the skill as it is on disk; prints and counts the errors. */
    private int validate() throws ConfigException {
        ValidationResult result = ValidationRun.session(env, env.rules().get(), List.of(skill),
                new ValidationRun.Options(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                        Optional.of(Severity.ERROR))).validate();
        if (!result.hasFindingsAtOrAbove(Severity.ERROR)) {
            return 0;
        }
        env.err().print(ReportFormat.TEXT.reporter().render(new Report(result, env.version(), false)));
        return (int) result.findings().stream()
                .filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).count();
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("bad --date '" + text + "'; write it as YYYY-MM-DD");
        }
    }

    static String describe(ReleasePlan plan, boolean dry) {
        String would = dry ? "would " : "";
        StringBuilder out = new StringBuilder();
        out.append("release ").append(UntrustedText.line(plan.skillName())).append(' ').append(plan.version());
        if (plan.bump().isPresent()) {
            out.append(" (").append(plan.bump().get().label())
                    .append(plan.bumpInferred() ? ", inferred from the section diff" : ", as asked")
                    .append(plan.previous().map(p -> " since " + UntrustedText.line(p.tagName())).orElse("")).append(')');
        } else {
            out.append(plan.previous().isEmpty() ? " (first release, version as written)" : " (version as written)");
        }
        out.append('\n');
        plan.diff().ifPresent(d -> out.append(DiffCommand.text(d).lines().skip(1).map(l -> "  " + l + "\n")
                .reduce("", String::concat)));
        if (plan.writesVersion()) {
            out.append(would).append("set metadata.version to ").append(plan.version()).append(" in ")
                    .append(UntrustedText.line(plan.skillFilePath())).append(plan.writtenVersion()
                            .map(v -> " (was " + UntrustedText.line(v) + ")").orElse(" (no version yet)")).append('\n');
        }
        out.append(would).append(dry ? "add to " : "added to ").append(UntrustedText.line(plan.changelogPath()))
                .append(":\n");
        plan.changelogSection().lines().forEach(l -> out.append("  | ").append(UntrustedText.line(l)).append('\n'));
        out.append(would).append(dry ? "commit: " : "committed: ").append(UntrustedText.line(plan.commitMessage().strip()))
                .append('\n');
        out.append(would).append(dry ? "tag: " : "tagged: ").append(UntrustedText.line(plan.tagName()))
                .append(" (annotated)\n");
        return out.toString();
    }
}
