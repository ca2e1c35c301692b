package dev.skillpack.validator.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration file.
 *
 * @param path the file as shown to the user
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong and what to do
 */
public record ConfigProblem(String path, int line, int column, String message) {

    /** Validates the fields. */
    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code path:line:col: message}, the form the CLI prints */
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
