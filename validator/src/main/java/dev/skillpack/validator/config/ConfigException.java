package dev.skillpack.validator.config;

import java.util.List;
import java.util.stream.Collectors;

/** A configuration file that cannot be used, with every problem found in it. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Problems are values; the exception is never serialised. */
    private final transient List<ConfigProblem> problems;

    /** @param problems what is wrong, in file order; at least one */
    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a config exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, one line each when printed */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
