package dev.skillpack.validator.rule;

import java.util.Locale;

/** The families rules belong to; the first digit of a rule id after {@code SP} follows the family. */
public enum Category {
    /** What the Agent Skills specification requires (SP0xx). */
    SPEC,
    /** Token and size budgets (SP1xx). */
    BUDGET,
    /** Layout, links and how references are reached (SP2xx). */
    STRUCTURE,
    /** Conciseness and prose quality (SP3xx). */
    CONCISE,
    /** Untrusted content (SP4xx). */
    SECURITY,
    /** Versions and history (SP5xx). */
    HISTORY;

    /** @return the lower-case name used in config and reports */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
