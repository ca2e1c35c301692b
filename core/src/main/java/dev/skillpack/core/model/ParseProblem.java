package dev.skillpack.core.model;

import java.util.Objects;

/**
 * Something in the input that could not be read as a well-formed skill. Parsing never throws for bad
 * input: it records a problem and carries on with what it could read.
 *
 * @param code what kind of problem, stable for tools to match on
 * @param message what is wrong and what to do, for a person
 * @param span where
 */
public record ParseProblem(ProblemCode code, String message, SourceSpan span) {

    /** Validates the fields. */
    public ParseProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
