package dev.skillpack.validator.rule;

import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.analysis.SkillAnalysis;
import java.util.List;
import java.util.Optional;

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
     * Top-level front-matter keys the project accepts on top of the spec's six, from
     * {@code allowed-frontmatter-keys} in {@code .skillpack.yaml}. A rule that reports unknown keys
     * accepts these as well as its own options.
     *
     * @return the extra keys, in config order; empty by default
     */
    default List<String> allowedFrontmatterKeys() {
        return List.of();
    }

    /**
     * What the engine derived from the skill under check (reference graph, prose view, file sets,
     * token ledger), built once per skill and shared by every rule that checks it.
     *
     * @return the analysis of the skill under check
     * @throws IllegalStateException when asked outside {@link Rule#checkSkill}
     */
    SkillAnalysis analysis();

    /**
     * What git knows about the releases of the skill under check: its last release tag, whether it changed
     * since, tags whose SKILL.md names another version. Worked out by the caller before the rules run, so
     * rules never open a repository. Empty outside a git repository (history rules then stay silent).
     *
     * @return the facts, when the skill is in a git repository
     */
    default Optional<ReleaseFacts> releaseFacts() {
        return Optional.empty();
    }

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
