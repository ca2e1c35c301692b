package dev.skillpack.validator.cli;

import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.ValidationProgress;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.Baseline;
import dev.skillpack.validator.engine.CacheUpkeep;
import dev.skillpack.validator.engine.FindingCache;
import dev.skillpack.validator.engine.Fixer;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.engine.Workers;
import dev.skillpack.validator.replay.RunCache;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.HtmlReporter;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.report.ReportOptions;
import dev.skillpack.validator.report.Reporter;
import dev.skillpack.validator.report.TextLimits;
import dev.skillpack.validator.report.TokenBudgets;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillpack validate PATH...}: runs the rules and reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate skills and report the findings.",
                "PATH is a skill folder, a SKILL.md, or any folder: every SKILL.md below it is a skill (dot-folders "
                        + "included; .git, node_modules and target skipped)."})
final class ValidateCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "skill folders, folders of skills, or SKILL.md files")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif, github, junit, html or gitlab (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    private String output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "use FILE instead of the .skillpack.yaml found above each PATH")
    private String config;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "exit 1 on findings at or above LEVEL: error, warning, info or none (default: ${DEFAULT-VALUE})")
    private String failOn;

    @Option(names = "--rule", paramLabel = "ID", description = "run only this rule (id or alias; repeatable)")
    private List<String> only = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", description = "do not run this rule (id or alias; repeatable)")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--target", paramLabel = "TARGET",
            description = "agentskills, claude-code or codex (default: config, then the install path, then agentskills)")
    private String target;

    @Option(names = "--tokenizer", paramLabel = "NAME", description = "o200k_base or cl100k_base (default: o200k_base)")
    private String tokenizer;

    @Option(names = "--baseline", paramLabel = "FILE", description = "hide findings listed in FILE")
    private String baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "write the current findings to FILE as a baseline and accept them")
    private String writeBaseline;

    @Option(names = "--fix", description = "apply safe fixes, then report what is left")
    private boolean fix;

    @Option(names = "--unsafe-fixes", description = "apply unsafe fixes too (implies --fix)")
    private boolean unsafeFixes;

    @Option(names = "--dry-run", description = "with --fix: print a unified diff instead of writing files")
    private boolean dryRun;

    @Option(names = "--rev", paramLabel = "REV",
            description = "validate the skills as committed at REV (commit, branch, tag, HEAD~3), read from git "
                    + "without a checkout; findings are shown as REV:path")
    private String rev;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "validate only the skills whose files changed since the merge base of REV and HEAD "
                    + "(committed or not)")
    private String changedSince;

    @Option(names = "--max-findings", paramLabel = "N",
            description = "text: print at most N findings (default: " + TextLimits.DEFAULT_TOTAL + ", and "
                    + TextLimits.DEFAULT_PER_RULE + " per rule); 0 prints all. Other formats carry every finding")
    private Integer maxFindings;

    @Option(names = "--watch", description = "after the report, watch the folders and validate each changed skill"
            + " again, printing the report each time (stop with Ctrl-C)")
    private boolean watch;

    @Option(names = "--quiet", description = "text: print errors only, and the summary only when the run fails")
    private boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "text: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always or never "
                    + "(default: ${DEFAULT-VALUE})")
    private String color;

    @Option(names = "--no-cache", description = "check every skill afresh: neither read nor write the findings "
            + "cache ($SKILLPACK_CACHE_DIR, else $XDG_CACHE_HOME/skillpack, else ~/.cache/skillpack; safe to delete)")
    private boolean noCache;

    @Option(names = "--history", negatable = true, description = "html: draw each skill's token trend over git "
            + "history (read from the repository holding it); default: only for packs of at most "
            + HistoryTrends.AUTO_MAX_SKILLS + " skills, as the walk costs time on big packs")
    private Boolean history;

    private boolean fixFailed;

    ValidateCommand(CliEnvironment env) {
        this.env = env;
    }

    /** The options that take a value, in the {@code --name VALUE} or {@code --name=VALUE} form. */
    private static final List<String> VALUED = List.of("--format", "--output", "--config", "--fail-on", "--rule",
            "--disable", "--target", "--tokenizer", "--baseline", "--write-baseline", "--rev", "--changed-since",
            "--max-findings", "--color");
    /** The options that take no value ({@code --history} is negatable: {@code --no-history}). */
    private static final List<String> FLAGS = List.of("--fix", "--unsafe-fixes", "--dry-run", "--watch", "--quiet",
            "--no-cache", "--history", "--no-history");

    /**
     * Reads a plain {@code validate} command line without picocli, whose set-up costs a short run a good part
     * of its start-up. Only the forms picocli reads the same way are taken: each known option at most once
     * ({@code --rule} and {@code --disable} repeat), a value that neither is empty nor starts with {@code -},
     * an unsigned {@code --max-findings}, no argument that starts with {@code @} (an argument file) and at
     * least one PATH. Anything else (help, a typo, an error, {@code --}) is left to picocli, which words the
     * messages.
     *
     * @param env the environment
     * @param args the whole command line, {@code validate} first
     * @return the command with its options set as picocli sets them, or empty to let picocli parse
     */
    static Optional<ValidateCommand> parsed(CliEnvironment env, String[] args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return Optional.empty();
        }
        ValidateCommand command = new ValidateCommand(env);
        command.format = "text";
        command.failOn = "error";
        command.color = "auto";
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.startsWith("@")) {
                return Optional.empty();
            }
            if (!arg.startsWith("-")) {
                command.paths.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            boolean repeatable = name.equals("--rule") || name.equals("--disable");
            String base = name.equals("--no-history") ? "--history" : name;
            if (!(VALUED.contains(name) || FLAGS.contains(name) && equals < 0) || !repeatable && !seen.add(base)) {
                return Optional.empty();
            }
            if (FLAGS.contains(name)) {
                command.flag(name);
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !command.option(name, value)) {
                return Optional.empty();
            }
        }
        return command.paths.isEmpty() ? Optional.empty() : Optional.of(command);
    }

    private void flag(String name) {
        switch (name) {
            case "--fix" -> fix = true;
            case "--unsafe-fixes" -> unsafeFixes = true;
            case "--dry-run" -> dryRun = true;
            case "--watch" -> watch = true;
            case "--quiet" -> quiet = true;
            case "--no-cache" -> noCache = true;
            case "--history" -> history = true;
            case "--no-history" -> history = false;
            default -> throw new IllegalArgumentException(name);
        }
    }

    /** @return false when picocli should read the value (a --max-findings it converts itself) */
    private boolean option(String name, String value) {
        switch (name) {
            case "--format" -> format = value;
            case "--output" -> output = value;
            case "--config" -> config = value;
            case "--fail-on" -> failOn = value;
            case "--rule" -> only.add(value);
            case "--disable" -> disabled.add(value);
            case "--target" -> target = value;
            case "--tokenizer" -> tokenizer = value;
            case "--baseline" -> baseline = value;
            case "--write-baseline" -> writeBaseline = value;
            case "--rev" -> rev = value;
            case "--changed-since" -> changedSince = value;
            case "--color" -> color = value;
            case "--max-findings" -> {
                if (!value.matches("0|[1-9][0-9]{0,8}")) {
                    return false;
                }
                maxFindings = Integer.valueOf(value);
            }
            default -> throw new IllegalArgumentException(name);
        }
        return true;
    }

    @Override
    public Integer call() throws ConfigException {
        ReportFormat reportFormat = ReportFormat.byId(format).orElseThrow(() -> new UsageException(
                "unknown format '" + format + "'; use text, json, sarif, github, junit, html or gitlab"));
        Optional<Severity> threshold = threshold(failOn);
        Optional<Baseline> accepted = Optional.ofNullable(baseline).map(this::readBaseline);
        if (!List.of("auto", "always", "never").contains(color)) {
            throw new UsageException("unknown --color '" + color + "'; use auto, always or never");
        }
        if (maxFindings != null && maxFindings < 0) {
            throw new UsageException("--max-findings must be 0 (print all) or more, not " + maxFindings);
        }
        TextLimits limits = maxFindings == null ? TextLimits.defaults()
                : maxFindings == 0 ? TextLimits.none() : new TextLimits(TextLimits.DEFAULT_PER_RULE, maxFindings);
        if (dryRun && !(fix || unsafeFixes)) {
            fix = true;
        }
        if (rev != null && (fix || unsafeFixes)) {
            throw new UsageException("--fix cannot be used with --rev: a revision is read-only");
        }
        try (GitScope scope = GitScope.of(env, Optional.ofNullable(rev), Optional.ofNullable(changedSince))) {
            return validate(scope, reportFormat, threshold, accepted, limits);
        }
    }

    private int validate(GitScope scope, ReportFormat reportFormat, Optional<Severity> threshold,
                         Optional<Baseline> accepted, TextLimits limits) throws ConfigException {
        Optional<Target> chosenTarget = target(target);
        Optional<Tokenizer> chosenTokenizer = Optional.ofNullable(tokenizer).map(t -> Tokenizer.byId(t).orElseThrow(
                () -> new UsageException("unknown tokenizer '" + t + "'; use o200k_base or cl100k_base")));
        RuleRegistry registry = env.rules().get();
        ValidationSession session = ValidationRun.session(env, registry, paths, new ValidationRun.Options(
                chosenTarget, chosenTokenizer, Optional.ofNullable(config), only, disabled, threshold), true,
                env.progressAllowed() && !quiet ? new ProgressLine(env.err()) : ValidationProgress.NONE,
                noCache ? Optional.empty() : FindingCache.defaultFolder(env.env()));
        List<ValidationSession.Run> runs = session.runs();
        if ((fix || unsafeFixes) && runs.stream().anyMatch(r -> r.archive().isPresent())) {
            throw new UsageException("--fix cannot change files inside an archive; unpack it first with "
                    + "'skillpack unpack ARCHIVE --to DIR'");
        }
        ValidationResult result = runAll(runs, scope);
        pruneCache();

        if (fix || unsafeFixes) {
            Fixer.Plan plan = Fixer.plan(result, unsafeFixes, ValidationRun.requestedIds(registry, only));
            if (dryRun) {
                for (Fixer.FileFix file : plan.files()) {
                    env.out().print(printableDiff(file.diff()));
                }
                plan.failures().forEach(p -> env.err().println(UntrustedText.noWorkflowCommand(UntrustedText.line(p))));
                env.err().println("would fix " + FixSummary.counted(plan.fixedCount(), countChanged(plan)));
                return exitCode(session.outcome(result));
            }
            Fixer.Outcome outcome = Fixer.apply(plan, displayPath -> locate(runs, displayPath));
            outcome.failures().forEach(p -> env.err().println(UntrustedText.noWorkflowCommand(UntrustedText.line(p))));
            env.err().println(FixSummary.of(outcome));
            if (!plan.skipped().isEmpty()) {
                env.err().println(plan.skipped().size() + " fix" + (plan.skipped().size() == 1 ? " was" : "es were")
                        + " skipped because it overlapped another; run --fix again");
            }
            result = runAll(runs, scope);
            fixFailed = !outcome.failures().isEmpty();
        }
        if (accepted.isPresent()) {
            result = accepted.get().apply(result, baselineKey(baseline));
        }
        if (writeBaseline != null) {
            Baseline written = Baseline.of(result, baselineKey(writeBaseline));
            write(writeBaseline, written.toJson());
            env.err().println("wrote " + written.entries().size() + " finding" + (written.entries().size() == 1 ? "" : "s")
                    + " to baseline " + writeBaseline);
            result = written.apply(result, baselineKey(writeBaseline));
        }
        boolean toStdout = output == null;
        boolean oneTarget = runs.stream().map(ValidationSession.Run::target).distinct().count() <= 1;
        String targets = runs.stream().map(r -> (oneTarget ? "" : r.display() + ": ") + r.target().note())
                .distinct().collect(Collectors.joining("; "));
        Report report = new Report(result, env.version(),
                reportFormat == ReportFormat.TEXT && (toStdout || !color.equals("auto")) && env.color(color),
                new ReportOptions(threshold, limits, quiet, targets));
        Reporter reporter = reportFormat == ReportFormat.HTML ? new HtmlReporter(budgets(registry, runs),
                HistoryTrends.wanted(history, result) ? HistoryTrends.read(env, result, runs.get(0).config().tokenizer())
                        : Map.of())
                : reportFormat.reporter();
        String rendered = reporter.render(report);
        if (watch) {
            if (!toStdout || fix || unsafeFixes || writeBaseline != null) {
                throw new UsageException("--watch prints each report to stdout; use it without --output, --fix and"
                        + " --write-baseline");
            }
            if (runs.stream().anyMatch(r -> r.archive().isPresent())) {
                throw new UsageException("--watch follows folders; unpack the archive first with "
                        + "'skillpack unpack ARCHIVE --to DIR'");
            }
            ValidationResult[] latest = {result};
            Set<Path> folders = runs.stream().map(ValidationSession.Run::folder).collect(Collectors.toSet());
            return new Watcher(env, folders, changed -> {
                ValidationResult next = changed.isEmpty() ? runAll(runs, scope)
                        : SkillRevalidation.of(runs, latest[0], changed);
                latest[0] = accepted.map(b -> b.apply(next, baselineKey(baseline))).orElse(next);
                return reporter.render(new Report(latest[0], report.toolVersion(), report.color(), report.options()));
            }).run(rendered);
        }
        if (toStdout) {
            env.out().print(rendered);
        } else {
            write(output, rendered);
        }
        return exitCode(session.outcome(result));
    }

    /** At most once a day, deletes the findings and runs nobody used for a month ({@link CacheUpkeep}). */
    private void pruneCache() {
        if (!noCache) {
            FindingCache.defaultFolder(env.env()).ifPresent(folder -> CacheUpkeep.pruneIfDue(folder,
                    List.of(FindingCache.in(folder).entryFolder(), RunCache.entryFolder(folder)), Instant.now()));
        }
    }

    /** The HTML report's bars use the first path's tokenizer and body/reference budgets. */
    private static TokenBudgets budgets(RuleRegistry registry, List<ValidationSession.Run> runs) {
        ValidatorConfig settings = runs.get(0).config();
        return new TokenBudgets(settings.tokenizer(),
                TokensCommand.budget(registry, settings, "SP101", TokensCommand.DEFAULT_BODY_BUDGET),
                TokensCommand.budget(registry, settings, "SP104", TokensCommand.DEFAULT_REFERENCE_BUDGET));
    }

    /**
     * A diff shows file content: each line keeps its tabs and a CR before its LF, every other control,
     * bidirectional or invisible character is escaped, and no line can pass for a CI workflow command.
     */
    static String printableDiff(String diff) {
        StringBuilder out = new StringBuilder(diff.length());
        int start = 0;
        while (start < diff.length()) {
            int newline = diff.indexOf('\n', start);
            int end = newline < 0 ? diff.length() : newline;
            boolean cr = end > start && diff.charAt(end - 1) == '\r';
            out.append(UntrustedText.noWorkflowCommand(UntrustedText.frame(diff.substring(start, cr ? end - 1 : end))));
            if (cr) {
                out.append('\r');
            }
            if (newline >= 0) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static int countChanged(Fixer.Plan plan) {
        return (int) plan.files().stream().filter(f -> !f.fixedText().equals(f.original().text())).count();
    }

    /**
     * @param given the --target value, or null
     * @return the target it names, if given
     */
    static Optional<Target> target(String given) {
        return Optional.ofNullable(given).map(t -> Target.byId(t).orElseThrow(() ->
                new UsageException("unknown target '" + t + "'; use agentskills, claude-code or codex")));
    }

    /** Reads each run's folder where the git scope says (work tree or revision) and validates it. */
    static ValidationResult runAll(List<ValidationSession.Run> runs, GitScope scope) {
        List<ValidationResult> results = new ArrayList<>();
        for (ValidationSession.Run run : runs) {
            // reading runs on the workers too: the parser reads a pack's skills in parallel
            results.add(Workers.run(() -> {
                GitScope.Read read = scope.read(run);
                return run.validator().validate(read.plan(), read.facts());
            }));
        }
        return ValidationResult.merge(results);
    }

    private int exitCode(ValidationOutcome outcome) {
        outcome.crashNote().ifPresent(note -> env.err().println("skillpack: " + note));
        if (outcome.verdict() == ValidationOutcome.Verdict.CRASH) {
            return ExitCodes.INTERNAL;
        }
        if (fixFailed) {
            return ExitCodes.FIX_FAILED;
        }
        return outcome.verdict() == ValidationOutcome.Verdict.FAIL ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static Optional<Severity> threshold(String level) {
        if (level.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(Severity.byId(level).orElseThrow(() -> new UsageException(
                "unknown --fail-on level '" + level + "'; use error, warning, info or none")));
    }

    private Optional<Fixer.Location> locate(List<ValidationSession.Run> runs, String displayPath) {
        for (ValidationSession.Run run : runs) {
            String root = run.display();
            String prefix = root.equals(".") ? "" : root + "/";
            if (displayPath.startsWith(prefix)) {
                Path file = run.folder().resolve(displayPath.substring(prefix.length())).normalize();
                return Optional.of(new Fixer.Location(file, run.folder()));
            }
        }
        return Optional.empty();
    }

    /** Baseline paths are relative to the baseline file's folder, so the file works from any directory. */
    private Function<String, String> baselineKey(String baselineFile) {
        Path base = env.resolve(baselineFile).getParent();
        return displayPath -> {
            Path absolute = env.resolve(displayPath);
            String rel = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
            return rel.replace('\\', '/');
        };
    }

    private Baseline readBaseline(String file) {
        Path path = Paths.readableFile(env, file);
        try {
            return Baseline.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot read baseline " + file + ": " + Paths.reason(e));
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad baseline " + file + ": " + e.getMessage());
        }
    }

    private void write(String file, String text) {
        Path path = env.resolve(file);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + Paths.reason(e));
        }
    }
}
