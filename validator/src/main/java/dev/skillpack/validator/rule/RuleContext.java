package dev.skillpack.validator.rule;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.tokens.TokenCounter;

/**
 * What a rule sees besides the model, and where it reports. One context per rule run; not shared
 * between threads.
 */
public interface RuleContext {

    /** @return this rule's options, defaults filled in */
    RuleOptions options();

    /** @return the token counter for the configured tokenizer */
    TokenCounter tokens();

    /** @return the client being validated for */
    Target target();

    /**
     * Reports a finding.
     *
     * @param span where
     * @param message what is wrong and what to do
     */
    void report(SourceSpan span, String message);

    /**
     * Reports a finding with a fix.
     *
     * @param span where
     * @param message what is wrong and what to do
     * @param fix a mechanical repair
     */
    void report(SourceSpan span, String message, Fix fix);
}
