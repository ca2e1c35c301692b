package dev.skillpack.validator.engine;

import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.analysis.SkillAnalysis;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleOptions;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link RuleContext} for one rule on one skill or pack, collecting findings in a list. */
public final class CollectingContext implements RuleContext {
    /** The skill under check, or null in a pack-level context. */
    private final SkillAnalysis analysis;
    private final Optional<ReleaseFacts> releaseFacts;
    private final Rule rule;
    private final Severity severity;
    private final RuleOptions options;
    private final TokenCounter tokens;
    private final Target target;
    private final List<String> allowedFrontmatterKeys;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param rule the rule that reports here
     * @param severity the severity its findings get
     * @param options its options
     * @param tokens the token counter
     * @param target the client validated for
     * @param allowedFrontmatterKeys extra front-matter keys the project accepts
     */
    public CollectingContext(Rule rule, Severity severity, RuleOptions options, TokenCounter tokens, Target target,
                             List<String> allowedFrontmatterKeys) {
        this(rule, severity, options, tokens, target, allowedFrontmatterKeys, null);
    }

    /**
     * A context for one rule on one skill, reading the analysis every rule on that skill shares.
     *
     * @param rule the rule that reports here
     * @param severity the severity its findings get
     * @param options its options
     * @param tokens the token counter
     * @param target the client validated for
     * @param allowedFrontmatterKeys extra front-matter keys from the configuration
     * @param analysis the skill's analysis, one per skill, shared by its rules (thread-safe); null for a pack
     */
    public CollectingContext(Rule rule, Severity severity, RuleOptions options, TokenCounter tokens, Target target,
                             List<String> allowedFrontmatterKeys, SkillAnalysis analysis) {
        this(rule, severity, options, tokens, target, allowedFrontmatterKeys, analysis, Optional.empty());
    }

    /**
     * A context that also carries what git knows about the skill's releases.
     *
     * @param rule the rule that reports here
     * @param severity the severity its findings get
     * @param options its options
     * @param tokens the token counter
     * @param target the client validated for
     * @param allowedFrontmatterKeys extra front-matter keys from the configuration
     * @param analysis the skill's analysis, one per skill, used by one thread at a time; null for a pack
     * @param releaseFacts the skill's release facts, when it is in a git repository
     */
    public CollectingContext(Rule rule, Severity severity, RuleOptions options, TokenCounter tokens, Target target,
                             List<String> allowedFrontmatterKeys, SkillAnalysis analysis,
                             Optional<ReleaseFacts> releaseFacts) {
        this.analysis = analysis;
        this.releaseFacts = Objects.requireNonNull(releaseFacts, "releaseFacts");
        this.rule = rule;
        this.severity = severity;
        this.options = options;
        this.tokens = tokens;
        this.target = target;
        this.allowedFrontmatterKeys = List.copyOf(allowedFrontmatterKeys);
    }

    /**
     * A context without extra front-matter keys.
     *
     * @param rule the rule that reports here
     * @param severity the severity its findings get
     * @param options its options
     * @param tokens the token counter
     * @param target the client validated for
     */
    public CollectingContext(Rule rule, Severity severity, RuleOptions options, TokenCounter tokens, Target target) {
        this(rule, severity, options, tokens, target, List.of());
    }

    @Override
    public Optional<ReleaseFacts> releaseFacts() {
        return releaseFacts;
    }

    @Override
    public SkillAnalysis analysis() {
        if (analysis == null) {
            throw new IllegalStateException("a rule asked for the skill analysis while checking the pack");
        }
        return analysis;
    }

    @Override
    public RuleOptions options() {
        return options;
    }

    @Override
    public TokenCounter tokens() {
        return tokens;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public List<String> allowedFrontmatterKeys() {
        return allowedFrontmatterKeys;
    }

    @Override
    public void report(SourceSpan span, String message) {
        findings.add(new Finding(rule.meta().id(), rule.meta().alias(), rule.meta().category(), severity,
                Objects.requireNonNull(message, "message"), Objects.requireNonNull(span, "span"), List.of(),
                Finding.Suppression.NONE));
    }

    @Override
    public void report(SourceSpan span, String message, Fix fix) {
        findings.add(new Finding(rule.meta().id(), rule.meta().alias(), rule.meta().category(), severity,
                Objects.requireNonNull(message, "message"), Objects.requireNonNull(span, "span"),
                List.of(Objects.requireNonNull(fix, "fix")), Finding.Suppression.NONE));
    }

    /** @return what was reported, in order */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
