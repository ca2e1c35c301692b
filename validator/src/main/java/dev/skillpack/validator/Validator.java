package dev.skillpack.validator;

import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.parse.PackPlan;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.analysis.OversizedFiles;
import dev.skillpack.validator.analysis.SkillAnalysis;
import dev.skillpack.validator.config.ReadingLimits;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.CollectingContext;
import dev.skillpack.validator.engine.FindingCache;
import dev.skillpack.validator.engine.InlineSuppressions;
import dev.skillpack.validator.engine.PathSettings;
import dev.skillpack.validator.engine.SkillCacheKey;
import dev.skillpack.validator.internal.ToolInfo;
import dev.skillpack.validator.engine.ValidatedPack;
import dev.skillpack.validator.engine.ValidatedSkill;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.engine.Workers;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.RuleOptions;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * Runs rules over skill packs, in process. Immutable and thread-safe; skills of a pack are checked
 * in parallel and the findings come back in a deterministic order.
 *
 * <p>Configuration is applied here: rules switched off (globally or for some paths) do not report,
 * severities and options are overridden, ignored paths are dropped, and findings covered by a
 * {@code skillpack-disable} comment are kept but marked suppressed. A rule that throws does not stop
 * the run: it becomes an error finding of that rule ("rule crashed: ...") listed in
 * {@link ValidationResult#crashes()}.
 *
 * <pre>{@code
 * ValidationResult result = Validator.builder().build().validate(Path.of("skills"));
 * }</pre>
 */
public final class Validator {
    /** The order findings are reported in. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.span().path())
            .thenComparingInt(f -> f.span().offset())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final List<Rule> rules;
    private final RuleRegistry registry;
    private final ValidatorConfig config;
    private final SkillParser parser;
    private final Optional<FindingCache> cache;
    private final ValidationProgress progress;
    private final Map<WrittenOptions, RuleOptions> options = new ConcurrentHashMap<>();

    private Validator(Builder builder) {
        this.rules = List.copyOf(builder.rules);
        this.registry = RuleRegistry.of(rules);
        this.config = builder.config;
        this.parser = builder.parser;
        this.cache = builder.cache;
        this.progress = builder.progress;
    }

    /** @return the version of skillpack this validator belongs to, e.g. {@code 0.1.0-SNAPSHOT} (reports name it) */
    public static String version() {
        return ToolInfo.version();
    }

    /** @return a builder with every built-in rule and default configuration */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rules this validator runs (before configuration disables any) */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the configuration */
    public ValidatorConfig config() {
        return config;
    }

    /**
     * @param folder a skill folder, or a folder with skills below it
     * @return the findings
     */
    public ValidationResult validate(Path folder) {
        return validate(DirectorySkillSource.of(folder));
    }

    /**
     * @param source where the skills come from
     * @return the findings
     */
    public ValidationResult validate(SkillSource source) {
        return Workers.run(() -> validate(parser.plan(source), ReleaseFactsSource.NONE));
    }

    /**
     * @param pack an already parsed pack
     * @return the findings
     */
    public ValidationResult validate(SkillPack pack) {
        return validate(pack, Map.of());
    }

    /**
     * Validates a pack skill by skill: each skill is read, checked, and let go of (the result keeps a
     * {@link ValidatedSkill} of it), so memory stays flat however large the pack is.
     *
     * @param plan a listed pack
     * @param releaseFacts what git knows about each skill's releases, asked as each skill is checked
     * @return the findings
     */
    public ValidationResult validate(PackPlan plan, ReleaseFactsSource releaseFacts) {
        Objects.requireNonNull(releaseFacts, "releaseFacts");
        return Workers.run(() -> check(plan, releaseFacts));
    }

    /**
     * @param pack an already parsed pack
     * @param releaseFacts what git knows about each skill's releases, by {@link Skill#path()}; skills
     *        missing from the map (all of them outside git) get none, and the history rules stay silent
     * @return the findings
     */
    public ValidationResult validate(SkillPack pack, Map<String, ReleaseFacts> releaseFacts) {
        Map<String, ReleaseFacts> facts = Map.copyOf(releaseFacts);
        return validate(PackPlan.of(pack), skill -> Optional.ofNullable(facts.get(skill.path())));
    }

    /** What git knows about a skill's releases, asked for each skill while it is checked (on several threads). */
    @FunctionalInterface
    public interface ReleaseFactsSource {
        /** No facts for any skill: the history rules stay silent. */
        ReleaseFactsSource NONE = skill -> Optional.empty();

        /**
         * @param skill a skill about to be checked
         * @return its release facts; empty outside git
         */
        Optional<ReleaseFacts> factsOf(Skill skill);
    }

    private ValidationResult check(PackPlan plan, ReleaseFactsSource releaseFacts) {
        TokenCounter tokens = TokenCounter.of(config.tokenizer());
        PathSettings settings = new PathSettings(config, plan);
        List<Rule> active = rules.stream().filter(r -> settings.runsAnywhere(r.meta().id())).toList();
        Function<String, String> canonicalId = written -> registry.find(written).map(r -> r.meta().id()).orElse(written);
        List<Finding> raw = new ArrayList<>();
        List<Finding> crashes = new ArrayList<>();
        Optional<SkillCacheKey> keys = cache.map(c -> SkillCacheKey.of(active, config));
        // progress counts the skills to check, as the listing shows them (an ignored skill is read, not checked)
        int total = (int) plan.skills().stream().filter(planned -> !settings.ignored(planned)).count();
        int[] done = {0};
        List<ValidatedSkill> skills = new ArrayList<>();
        // read, check and let go of one skill at a time per worker: only the light view outlives its check
        plan.skills().parallelStream()
                .map(planned -> {
                    Skill skill = planned.parse();
                    if (settings.ignored(skill)) {
                        // still part of the pack (pack rules, suppressions, counts), but not checked
                        return new Checked(ValidatedSkill.of(planned, skill, List.of(), canonicalId), Optional.empty());
                    }
                    Optional<ReleaseFacts> facts = releaseFacts.factsOf(skill);
                    SkillFindings found = keys.isPresent()
                            ? cachedCheckSkill(skill, active, tokens, settings, keys.get(), facts)
                            : checkSkill(skill, active, tokens, settings, facts);
                    ValidatedSkill view = ValidatedSkill.of(planned, skill, concat(found), canonicalId);
                    synchronized (done) {
                        progress.skillChecked(++done[0], total);
                    }
                    return new Checked(view, Optional.of(found));
                })
                .forEachOrdered(checked -> {
                    skills.add(checked.view());
                    checked.found().ifPresent(found -> {
                        raw.addAll(found.findings());
                        crashes.addAll(found.crashes());
                    });
                });
        ValidatedPack validated = new ValidatedPack(plan.path(), skills, plan.problems(), plan.clientFiles(),
                plan.tree());
        SkillPack pack = validated.outline();
        for (Rule rule : active) {
            CollectingContext context = context(rule, settings.global(rule.meta().id()), tokens);
            try {
                rule.checkPack(pack, context);
                raw.addAll(context.findings());
            } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                crashes.add(crash(rule.meta(), SourceSpan.wholeFile(pack.path()), e));
            }
        }
        InlineSuppressions inline = InlineSuppressions.merge(
                skills.stream().map(ValidatedSkill::suppressions).toList());
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : raw) {
            String path = finding.span().path();
            if (settings.ignored(path)) {
                continue;
            }
            RuleConfig here = settings.forPath(finding.ruleId(), path);
            if (!here.enabled()) {
                continue;
            }
            Finding adjusted = here.severity().map(finding::withSeverity).orElse(finding);
            findings.add(inline.suppresses(adjusted) ? adjusted.asSuppressed() : adjusted);
        }
        findings.addAll(crashes);
        findings.sort(ORDER);
        crashes.sort(ORDER);
        List<RuleMeta> ran = active.stream().map(Rule::meta).sorted(Comparator.comparing(RuleMeta::id)).toList();
        return new ValidationResult(List.of(validated), findings, ran, crashes);
    }

    private record SkillFindings(List<Finding> findings, List<Finding> crashes) {
    }

    /** A skill checked (or, when ignored, only read): its light view and what its rules found. */
    private record Checked(ValidatedSkill view, Optional<SkillFindings> found) {
    }

    private static List<Finding> concat(SkillFindings found) {
        List<Finding> all = new ArrayList<>(found.findings());
        all.addAll(found.crashes());
        return all;
    }

    /**
     * {@link #checkSkill} through the cache: a skill whose key is known gets its stored findings back; a
     * fresh result is stored unless a rule crashed (a crash is re-run every time, never remembered). The
     * key covers the skill's release facts too, so a new tag or commit re-runs the history rules.
     */
    private SkillFindings cachedCheckSkill(Skill skill, List<Rule> active, TokenCounter tokens,
                                           PathSettings settings, SkillCacheKey keys, Optional<ReleaseFacts> facts) {
        List<RuleConfig> perRule = new ArrayList<>(active.size());
        for (Rule rule : active) {
            String id = rule.meta().id();
            perRule.add(settings.runsOn(id, skill) ? settings.forSkill(id, skill) : null);
        }
        String key = keys.of(skill, perRule, facts);
        Optional<List<Finding>> known = cache.get().get(key);
        if (known.isPresent()) {
            return new SkillFindings(known.get(), List.of());
        }
        SkillFindings fresh = checkSkill(skill, active, tokens, settings, facts);
        if (fresh.crashes().isEmpty()) {
            cache.get().put(key, fresh.findings());
        }
        return fresh;
    }

    /**
     * Runs the rules of one skill. The rules run in parallel too (a pack of one huge skill still uses
     * every core); rules are stateless and the analysis they share is thread-safe, and the findings are
     * gathered in rule order, so the result is the same as a serial run's.
     */
    private SkillFindings checkSkill(Skill skill, List<Rule> active, TokenCounter tokens, PathSettings settings,
                                     Optional<ReleaseFacts> facts) {
        SkillAnalysis analysis = SkillAnalysis.of(skill, tokens);
        // files over the analysis limit (SP110) reach only the rules that scan characters; the rest see them unread
        Skill reduced = OversizedFiles.reduced(skill);
        SkillAnalysis reducedAnalysis = reduced == skill ? analysis : SkillAnalysis.of(reduced, tokens);
        // one task per rule, not a parallel stream: a stream hands each worker runs of neighbouring rules, so the
        // few rules that scan a huge file (neighbours by id) ran one after another on one core
        List<ForkJoinTask<SkillFindings>> perRule = new ArrayList<>();
        for (Rule rule : active) {
            if (settings.runsOn(rule.meta().id(), skill)) {
                perRule.add(ForkJoinTask.adapt(() -> rule.scansOversizedFiles()
                        ? checkSkill(skill, rule, tokens, settings, analysis, facts)
                        : checkSkill(reduced, rule, tokens, settings, reducedAnalysis, facts)));
            }
        }
        Workers.invokeAll(perRule);
        List<Finding> found = new ArrayList<>();
        List<Finding> crashes = new ArrayList<>();
        for (ForkJoinTask<SkillFindings> task : perRule) {
            SkillFindings one = task.join();
            found.addAll(one.findings());
            crashes.addAll(one.crashes());
        }
        return new SkillFindings(found, crashes);
    }

    private SkillFindings checkSkill(Skill skill, Rule rule, TokenCounter tokens, PathSettings settings,
                                     SkillAnalysis analysis, Optional<ReleaseFacts> facts) {
        CollectingContext context = context(rule, settings.forSkill(rule.meta().id(), skill), tokens, analysis,
                facts);
        try {
            rule.checkSkill(skill, context);
            return new SkillFindings(context.findings(), List.of());
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            return new SkillFindings(List.of(), List.of(crash(rule.meta(), SourceSpan.wholeFile(skill.skillFile().path()), e)));
        }
    }

    private static Finding crash(RuleMeta meta, SourceSpan span, Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return new Finding(meta.id(), meta.alias(), meta.category(), Severity.ERROR,
                "rule crashed: " + e + where + "; please report this bug with the file that triggers it",
                span, List.of(), Finding.Suppression.NONE);
    }

    private CollectingContext context(Rule rule, RuleConfig settings, TokenCounter tokens) {
        return context(rule, settings, tokens, null, Optional.empty());
    }

    private CollectingContext context(Rule rule, RuleConfig settings, TokenCounter tokens,
                                      SkillAnalysis analysis, Optional<ReleaseFacts> facts) {
        Severity severity = settings.severity().orElse(rule.meta().defaultSeverity());
        return new CollectingContext(rule, severity, options(rule, settings), tokens,
                config.target(), config.allowedFrontmatterKeys(), analysis, facts);
    }

    /**
     * The rule's options for these settings, converted once per run for each distinct set of written
     * values (most skills share the project's settings; per-path overrides add a few more).
     */
    private RuleOptions options(Rule rule, RuleConfig settings) {
        return options.computeIfAbsent(new WrittenOptions(rule, settings.options()),
                written -> RuleOptions.of(rule.meta(), written.values()));
    }

    /**
     * A rule and the option values written for it; the rule compares by identity. Equality is written
     * out: a record's generated {@code equals}/{@code hashCode} bootstrap method handles on first use,
     * which cost a cold run about as much as converting the options.
     */
    private record WrittenOptions(Rule rule, Map<String, Object> values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof WrittenOptions written && rule.equals(written.rule)
                    && values.equals(written.values);
        }

        @Override
        public int hashCode() {
            return 31 * rule.hashCode() + values.hashCode();
        }
    }

    /** Configures a {@link Validator}. */
    public static final class Builder {
        private List<Rule> rules = BuiltinRules.all();
        private ValidatorConfig config = ValidatorConfig.defaults();
        private SkillParser parser = SkillParser.builder().limits(ReadingLimits.defaults().parse()).build();
        private Optional<FindingCache> cache = Optional.empty();
        private ValidationProgress progress = ValidationProgress.NONE;

        private Builder() {
        }

        /**
         * @param cache where to keep each skill's findings between runs, so an unchanged skill is not
         *              checked again (default: no cache)
         * @return this builder
         */
        public Builder cache(FindingCache cache) {
            this.cache = Optional.of(cache);
            return this;
        }

        /**
         * @param progress told after each skill is checked (default: nobody)
         * @return this builder
         */
        public Builder progress(ValidationProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * @param rules the rules to run, replacing the built-in set; ids and aliases must be unique
         * @return this builder
         */
        public Builder rules(List<? extends Rule> rules) {
            this.rules = List.copyOf(rules);
            return this;
        }

        /**
         * @param config the configuration
         * @return this builder
         */
        public Builder config(ValidatorConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * @param parser the parser to read skills with (default: the limits of {@link ReadingLimits#defaults()},
         *               so text files over 1 MiB are not analysed in depth)
         * @return this builder
         */
        public Builder parser(SkillParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * @return the validator
         * @throws RuleRegistry.RuleRegistryException when two rules share an id or alias
         */
        public Validator build() {
            return new Validator(this);
        }
    }
}
