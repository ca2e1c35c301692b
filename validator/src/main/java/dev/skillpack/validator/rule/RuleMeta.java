package dev.skillpack.validator.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, declared in one place: stable id and readable alias, family, default severity, a
 * one-line summary, its doc page and the options it takes.
 *
 * @param id stable id such as {@code SP001}
 * @param alias readable kebab-case alias such as {@code name-format}
 * @param category the family
 * @param defaultSeverity severity when config does not override it
 * @param summary one line saying what the rule checks
 * @param options the options the rule accepts
 */
public record RuleMeta(String id, String alias, Category category, Severity defaultSeverity, String summary,
                       List<OptionSpec> options) {
    private static final Pattern ID = Pattern.compile("[A-Z]{2,}[0-9]{3,}");
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Validates the fields. */
    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        options = List.copyOf(options);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like SP001: " + id);
        }
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("rule alias must be kebab-case: " + alias);
        }
    }

    /**
     * @param id stable id
     * @param alias kebab-case alias
     * @param category family
     * @param defaultSeverity default severity
     * @param summary one line
     * @param options options, if any
     * @return the metadata
     */
    public static RuleMeta of(String id, String alias, Category category, Severity defaultSeverity, String summary,
                              OptionSpec... options) {
        return new RuleMeta(id, alias, category, defaultSeverity, summary, List.of(options));
    }

    /** @return the doc page's path in the repository, {@code docs/rules/<id>.md} */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
