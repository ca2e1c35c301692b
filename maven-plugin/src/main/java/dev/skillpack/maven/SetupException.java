package dev.skillpack.maven;

/**
 * Broken setup: a bad parameter, a missing file, a broken configuration, an unwritable folder. The
 * Mojos turn it into a {@code MojoExecutionException}; the message is one line a person can act on.
 */
final class SetupException extends Exception {
    private static final long serialVersionUID = 1L;

    SetupException(String message) {
        super(message);
    }
}
