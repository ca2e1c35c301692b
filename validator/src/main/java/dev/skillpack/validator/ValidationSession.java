package dev.skillpack.validator;

import dev.skillpack.validator.config.ConfigLoader;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.FindingCache;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.PackPlan;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.ArchiveLimits;
import dev.skillpack.core.source.ArchiveSkillSource;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ConfigFile;
import dev.skillpack.validator.config.ReadingLimits;
import dev.skillpack.validator.config.TargetChoice;
import dev.skillpack.validator.config.TargetInference;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.engine.Workers;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one way to validate skill folders as a user sees it, shared by the CLI, the Maven plugin and
 * embedders: it finds each folder's {@code .skillpack.yaml} (or uses the one given), chooses the
 * target (and says how it chose: {@link TargetChoice#note()}), selects rules from the registry, runs them, and decides whether the
 * run passes. Immutable and thread-safe once built; {@link #run()} may be called again (after fixes
 * were written, say) and reads the files afresh.
 *
 * <pre>{@code
 * ValidationSession session = ValidationSession.builder()
 *         .folder(Path.of("src/main/skills"))
 *         .failOn(Severity.WARNING)
 *         .build();                       // reads .skillpack.yaml; ConfigException when it is broken
 * ValidationOutcome outcome = session.run();
 * System.out.println(outcome.summary()); // "2 errors, 0 warnings, 1 info in 3 skills (9 files)"
 * if (outcome.verdict() != ValidationOutcome.Verdict.PASS) { ... }
 * }</pre>
 */
public final class ValidationSession {
    private final List<Run> runs;
    private final Optional<Severity> failOn;

    private ValidationSession(List<Run> runs, Optional<Severity> failOn) {
        this.runs = List.copyOf(runs);
        this.failOn = failOn;
    }

    /** @return a builder; give at least one folder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return one run per folder, in the order given */
    public List<Run> runs() {
        return runs;
    }

    /** @return the lowest severity that fails the session; empty: findings never fail it */
    public Optional<Severity> failOn() {
        return failOn;
    }

    /** @return the findings of every folder, merged, with the pass/fail decision */
    public ValidationOutcome run() {
        return outcome(validate());
    }

    /** @return the findings of every folder, merged (files are read afresh on every call) */
    public ValidationResult validate() {
        List<ValidationResult> results = new ArrayList<>();
        for (Run run : runs) {
            results.add(run.validate());
        }
        return ValidationResult.merge(results);
    }

    /**
     * @param result a result of this session, perhaps changed since (a baseline applied, say)
     * @return it with this session's pass/fail decision
     */
    public ValidationOutcome outcome(ValidationResult result) {
        return new ValidationOutcome(result, failOn);
    }

    /**
     * One folder (or archive) ready to validate.
     *
     * @param folder the folder, absolute and normalised; for an archive, the folder holding it
     * @param archive the .skill, .zip or jar read in place of the folder, if any
     * @param display how reports show it
     * @param configFile the configuration file applied, if any
     * @param target the target and how it was chosen
     * @param config the settings from the configuration, target and tokenizer
     * @param limits how much is read (the configuration's {@code limits:})
     * @param ignore the configuration's {@code ignore:} globs, which also prune the folder walk
     * @param validator the validator with the selected rules and those settings
     */
    public record Run(Path folder, Optional<Path> archive, String display, Optional<Path> configFile,
                      TargetChoice target, ValidatorConfig config, ReadingLimits limits, List<Glob> ignore,
                      Validator validator) {
        /** Validates the parts. */
        public Run {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(configFile, "configFile");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(limits, "limits");
            ignore = List.copyOf(ignore);
            Objects.requireNonNull(validator, "validator");
        }

        /** @return the folder's (or archive's) skills, read now */
        public SkillPack parse() {
            return plan().parseAll();
        }

        /** @return the folder's (or archive's) skills, listed now and read one by one when asked */
        public PackPlan plan() {
            SkillParser parser = SkillParser.builder().limits(limits.parse()).build();
            if (archive.isPresent()) {
                return parser.plan(ArchiveSkillSource.open(archive.get(), display, ArchiveLimits.defaults(),
                        limits.source()));
            }
            return parser.plan(new DirectorySkillSource(folder, display, limits.source())
                    .withPrune(path -> ignore.stream().anyMatch(g -> g.matches(path))));
        }

        /** @return the folder's findings, read now, skill by skill */
        public ValidationResult validate() {
            return Workers.run(() -> validator.validate(plan(), Validator.ReleaseFactsSource.NONE));
        }
    }

    /** A rule id or alias given to {@link Builder#only} or {@link Builder#disable} that no rule has. */
    public static final class UnknownRuleException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The id or alias as written. */
        private final String rule;

        UnknownRuleException(String rule) {
            super("unknown rule '" + rule + "'");
            this.rule = rule;
        }

        /** @return the id or alias as written */
        public String rule() {
            return rule;
        }
    }

    /** Configures a {@link ValidationSession}. Not thread-safe; build once, then share the session. */
    public static final class Builder {
        private final List<Path> folders = new ArrayList<>();
        private final Set<Path> archives = new HashSet<>();
        private Path displayBase = Path.of("").toAbsolutePath();
        private Optional<Path> configFile = Optional.empty();
        private Optional<Target> target = Optional.empty();
        private String givenAs = "given";
        private Optional<Tokenizer> tokenizer = Optional.empty();
        private RuleRegistry registry;
        private final List<String> only = new ArrayList<>();
        private final List<String> disabled = new ArrayList<>();
        private Optional<Severity> failOn = Optional.of(Severity.ERROR);
        private Optional<FindingCache> cache = Optional.empty();
        private ValidationProgress progress = ValidationProgress.NONE;

        private Builder() {
        }

        /**
         * @param folder keep each skill's findings there between runs, so an unchanged skill is not
         *               checked again ({@link FindingCache}; safe to delete). Default: no cache
         * @return this builder
         */
        public Builder cache(Path folder) {
            this.cache = Optional.of(FindingCache.in(folder));
            return this;
        }

        /**
         * @param progress told after each skill of each folder is checked (default: nobody)
         * @return this builder
         */
        public Builder progress(ValidationProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * @param folder a skill folder or a folder with skills below it; repeat for several
         * @return this builder
         */
        public Builder folder(Path folder) {
            folders.add(folder.toAbsolutePath().normalize());
            return this;
        }

        /**
         * @param archive a .skill, .zip or jar file, read without unpacking; its configuration is the
         *                nearest {@code .skillpack.yaml} above it. Repeat for several
         * @return this builder
         */
        public Builder archive(Path archive) {
            Path absolute = archive.toAbsolutePath().normalize();
            folders.add(absolute);
            archives.add(absolute);
            return this;
        }

        /**
         * @param base paths inside it are shown relative to it (default: the working directory);
         *             paths outside it are shown absolute
         * @return this builder
         */
        public Builder displayRelativeTo(Path base) {
            this.displayBase = base.toAbsolutePath().normalize();
            return this;
        }

        /**
         * @param file a {@code .skillpack.yaml} for every folder, instead of the nearest one above each
         * @return this builder
         */
        public Builder configFile(Path file) {
            this.configFile = Optional.of(file.toAbsolutePath().normalize());
            return this;
        }

        /**
         * @param target the target, over the config file's and the install path's
         * @param givenAs how reports name where it came from, e.g. "--target" or "plugin parameter target"
         * @return this builder
         */
        public Builder target(Target target, String givenAs) {
            this.target = Optional.of(target);
            this.givenAs = Objects.requireNonNull(givenAs, "givenAs");
            return this;
        }

        /**
         * @param tokenizer the tokenizer, over the config file's
         * @return this builder
         */
        public Builder tokenizer(Tokenizer tokenizer) {
            this.tokenizer = Optional.of(tokenizer);
            return this;
        }

        /**
         * @param registry the rules available (default: built-in plus those on this class's class path)
         * @return this builder
         */
        public Builder registry(RuleRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * @param idsOrAliases run only these rules (comma-separated lists allowed); none given: all
         * @return this builder
         */
        public Builder only(List<String> idsOrAliases) {
            only.addAll(idsOrAliases);
            return this;
        }

        /**
         * @param idsOrAliases do not run these rules (comma-separated lists allowed)
         * @return this builder
         */
        public Builder disable(List<String> idsOrAliases) {
            disabled.addAll(idsOrAliases);
            return this;
        }

        /**
         * @param level findings at or above it fail the session (default: error)
         * @return this builder
         */
        public Builder failOn(Severity level) {
            this.failOn = Optional.of(level);
            return this;
        }

        /** @return this builder, with findings never failing the session */
        public Builder failOnNothing() {
            this.failOn = Optional.empty();
            return this;
        }

        /**
         * Reads the configuration files and prepares one run per folder.
         *
         * @return the session
         * @throws ConfigException when a configuration file cannot be read or is invalid
         * @throws UnknownRuleException when {@link #only} or {@link #disable} names no rule
         * @throws IllegalStateException when no folder was given
         */
        public ValidationSession build() throws ConfigException {
            if (folders.isEmpty()) {
                throw new IllegalStateException("a validation session needs at least one folder");
            }
            RuleRegistry rules = registry != null ? registry
                    : RuleRegistry.discover(ValidationSession.class.getClassLoader());
            List<Rule> selected = select(rules);
            ConfigLoader loader = new ConfigLoader(rules);
            Optional<ConfigFile> explicit = Optional.empty();
            if (configFile.isPresent()) {
                explicit = Optional.of(loader.load(configFile.get(), display(configFile.get())));
            }
            Map<Path, ConfigFile> loaded = new HashMap<>();
            List<Run> runs = new ArrayList<>();
            for (Path path : folders) {
                Optional<Path> archive = archives.contains(path) ? Optional.of(path) : Optional.empty();
                Path folder = archive.isPresent() ? path.getParent() : path;
                Optional<Path> found = configFile.isPresent() ? configFile : ConfigLoader.find(folder);
                ConfigFile file = explicit.isPresent() ? explicit.get() : ConfigFile.empty();
                if (explicit.isEmpty() && found.isPresent()) {
                    file = loaded.get(found.get());
                    if (file == null) {
                        file = loader.load(found.get(), display(found.get()));
                        loaded.put(found.get(), file);
                    }
                }
                TargetChoice choice = choose(file, folder);
                ValidatorConfig config = file.toValidatorConfig(choice.target());
                if (tokenizer.isPresent()) {
                    config = config.withTokenizer(tokenizer.get());
                }
                runs.add(new Run(folder, archive, display(path), found, choice, config, file.limits(),
                        file.ignore().stream().map(Glob::compile).toList(),
                        validator(selected, config)));
            }
            return new ValidationSession(runs, failOn);
        }

        private Validator validator(List<Rule> selected, ValidatorConfig config) {
            Validator.Builder validator = Validator.builder().rules(selected).config(config).progress(progress);
            cache.ifPresent(validator::cache);
            return validator.build();
        }

        private TargetChoice choose(ConfigFile file, Path folder) {
            if (target.isPresent()) {
                return new TargetChoice(target.get(), givenAs);
            }
            if (file.target().isPresent()) {
                return new TargetChoice(file.target().get(),
                        "config " + file.source().map(this::display).orElse(ConfigLoader.FILE_NAME));
            }
            return TargetInference.choose(folder).orElse(new TargetChoice(Target.AGENTSKILLS, "default"));
        }

        private List<Rule> select(RuleRegistry rules) {
            Set<String> onlyIds = ids(rules, only);
            Set<String> disabledIds = ids(rules, disabled);
            return rules.rules().stream()
                    .filter(r -> onlyIds.isEmpty() || onlyIds.contains(r.meta().id()))
                    .filter(r -> !disabledIds.contains(r.meta().id()))
                    .toList();
        }

        private static Set<String> ids(RuleRegistry rules, List<String> written) {
            Set<String> ids = new LinkedHashSet<>();
            for (String w : written) {
                for (String part : w.split(",")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String name = part.strip();
                    ids.add(rules.find(name).map(r -> r.meta().id()).orElseThrow(() -> new UnknownRuleException(name)));
                }
            }
            return ids;
        }

        private String display(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            String shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute).toString()
                    : absolute.toString();
            shown = shown.replace('\\', '/');
            return shown.isEmpty() ? "." : shown;
        }
    }
}
