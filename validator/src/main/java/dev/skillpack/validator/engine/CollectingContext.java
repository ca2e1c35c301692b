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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RuleContext} for one rule on one skill or pack, collecting findings in a list. It keeps at most
 * {@link #MOST_PER_FILE} findings of its rule in one file and counts the rest into one closing finding, so a file
 * written to flood the report (hundreds of thousands of invisible characters, say) costs a short report, not
 * minutes and gigabytes.
 */
public final class CollectingContext implements RuleContext {
    /** The most findings of one rule kept for one file; real packs have at most about a dozen. */
    public static final int MOST_PER_FILE = 100;

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
    /** Per file path: how many findings were reported there, kept or not. */
    private final Map<String, Integer> reportedPerFile = new HashMap<>();
    /** Per file path with findings beyond the most kept: where the first one left out is. */
    private final Map<String, SourceSpan> firstLeftOut = new LinkedHashMap<>();

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
        add(span, message, List.of());
    }

    @Override
    public void report(SourceSpan span, String message, Fix fix) {
        add(span, message, List.of(Objects.requireNonNull(fix, "fix")));
    }

    private void add(SourceSpan span, String message, List<Fix> fixes) {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        int reported = reportedPerFile.merge(span.path(), 1, Integer::sum);
        if (reported <= MOST_PER_FILE) {
            findings.add(finding(span, message, fixes));
        } else if (reported == MOST_PER_FILE + 1) {
            firstLeftOut.put(span.path(), span);
        }
    }

    private Finding finding(SourceSpan span, String message, List<Fix> fixes) {
        return new Finding(rule.meta().id(), rule.meta().alias(), rule.meta().category(), severity, message, span,
                fixes, Finding.Suppression.NONE);
    }

    /**
     * @return what was reported, in order; for a file with more than {@link #MOST_PER_FILE} findings of the rule,
     *         the first {@link #MOST_PER_FILE} and then one that counts the rest, where the first of them is
     */
    public List<Finding> findings() {
        if (firstLeftOut.isEmpty()) {
            return List.copyOf(findings);
        }
        List<Finding> all = new ArrayList<>(findings);
        firstLeftOut.forEach((path, span) -> all.add(finding(span, String.format(Locale.ROOT,
                "%,d more %s findings in this file are not listed: fix the %d above and run again (this many usually "
                        + "means the file is generated, or was written to flood the report)",
                reportedPerFile.get(path) - MOST_PER_FILE, rule.meta().id(), MOST_PER_FILE), List.of())));
        return List.copyOf(all);
    }
}
