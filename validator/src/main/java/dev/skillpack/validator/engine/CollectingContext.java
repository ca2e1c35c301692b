package dev.skillpack.validator.engine;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.Finding;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleOptions;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.util.ArrayList;
import java.util.List;

/** A {@link RuleContext} for one rule on one skill or pack, collecting findings in a list. */
public final class CollectingContext implements RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final RuleOptions options;
    private final TokenCounter tokens;
    private final Target target;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * @param rule the rule that reports here
     * @param severity the severity its findings get
     * @param options its options
     * @param tokens the token counter
     * @param target the client validated for
     */
    public CollectingContext(Rule rule, Severity severity, RuleOptions options, TokenCounter tokens, Target target) {
        this.rule = rule;
        this.severity = severity;
        this.options = options;
        this.tokens = tokens;
        this.target = target;
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
    public void report(SourceSpan span, String message) {
        findings.add(new Finding(rule.meta().id(), rule.meta().alias(), rule.meta().category(), severity, message,
                span, List.of(), false));
    }

    @Override
    public void report(SourceSpan span, String message, Fix fix) {
        findings.add(new Finding(rule.meta().id(), rule.meta().alias(), rule.meta().category(), severity, message,
                span, List.of(fix), false));
    }

    /** @return what was reported, in order */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
