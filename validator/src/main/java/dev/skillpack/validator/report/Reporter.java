package dev.skillpack.validator.report;

/** Turns a validation result into one output format. Implementations are stateless. */
@FunctionalInterface
public interface Reporter {

    /**
     * @param report what to render
     * @return the whole output, ending with a newline (or empty)
     */
    String render(Report report);
}
