package dev.skillpack.validator.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param options the options the rule accepts, as typed keys the rule reads them by
 */
public record RuleMeta(String id, String alias, Category category, Severity defaultSeverity, String summary,
                       List<OptionKey<?>> options) {
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
        // a loop, not a stream: every rule's metadata is built at start-up, where stream set-up dominated
        for (int i = 0; i < options.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (options.get(i).name().equals(options.get(j).name())) {
                    throw new IllegalArgumentException("rule " + id + " declares an option name twice");
                }
            }
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
                              OptionKey<?>... options) {
        return new RuleMeta(id, alias, category, defaultSeverity, summary, List.of(options));
    }

    /** @return the descriptors of the options, in declared order (for docs, {@code skillpack rules} and config) */
    public List<OptionSpec> optionSpecs() {
        return options.stream().map(OptionKey::spec).toList();
    }

    /**
     * @param name an option name
     * @return the key of that name, if the rule declares one
     */
    public Optional<OptionKey<?>> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** @return the doc page's path in the repository, {@code docs/rules/<id>.md} */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
