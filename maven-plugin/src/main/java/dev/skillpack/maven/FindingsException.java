package dev.skillpack.maven;

/** The pack has findings at or above {@code failOn}; the Mojos turn it into a {@code MojoFailureException}. */
final class FindingsException extends Exception {
    private static final long serialVersionUID = 1L;

    FindingsException(String message) {
        super(message);
    }
}
