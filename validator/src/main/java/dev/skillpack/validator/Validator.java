package dev.skillpack.validator;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.engine.CollectingContext;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleOptions;
import dev.skillpack.validator.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs rules over skill packs, in process. Immutable and thread-safe; skills of a pack are checked
 * in parallel and the findings come back in a deterministic order.
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
    private final ValidatorConfig config;
    private final SkillParser parser;

    private Validator(Builder builder) {
        this.rules = List.copyOf(builder.rules);
        this.config = builder.config;
        this.parser = builder.parser;
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
        return validate(parser.parsePack(folder));
    }

    /**
     * @param source where the skills come from
     * @return the findings
     */
    public ValidationResult validate(SkillSource source) {
        return validate(parser.parsePack(source));
    }

    /**
     * @param pack an already parsed pack
     * @return the findings
     */
    public ValidationResult validate(SkillPack pack) {
        TokenCounter tokens = TokenCounter.of(config.tokenizer());
        List<Rule> active = rules.stream().filter(r -> config.rule(r.meta().id()).enabled()).toList();
        List<Finding> findings = new ArrayList<>();
        pack.skills().parallelStream()
                .map(skill -> checkSkill(skill, active, tokens))
                .forEachOrdered(findings::addAll);
        for (Rule rule : active) {
            CollectingContext context = context(rule, tokens);
            rule.checkPack(pack, context);
            findings.addAll(context.findings());
        }
        findings.sort(ORDER);
        return new ValidationResult(List.of(pack), findings);
    }

    private List<Finding> checkSkill(Skill skill, List<Rule> active, TokenCounter tokens) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : active) {
            CollectingContext context = context(rule, tokens);
            rule.checkSkill(skill, context);
            found.addAll(context.findings());
        }
        return found;
    }

    private CollectingContext context(Rule rule, TokenCounter tokens) {
        RuleConfig settings = config.rule(rule.meta().id());
        Severity severity = settings.severity().orElse(rule.meta().defaultSeverity());
        return new CollectingContext(rule, severity, RuleOptions.of(rule.meta(), settings.options()), tokens,
                config.target());
    }

    /** Configures a {@link Validator}. */
    public static final class Builder {
        private List<Rule> rules = BuiltinRules.all();
        private ValidatorConfig config = ValidatorConfig.defaults();
        private SkillParser parser = SkillParser.create();

        private Builder() {
        }

        /**
         * @param rules the rules to run, replacing the built-in set
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
         * @param parser the parser to read skills with
         * @return this builder
         */
        public Builder parser(SkillParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /** @return the validator */
        public Validator build() {
            return new Validator(this);
        }
    }
}
