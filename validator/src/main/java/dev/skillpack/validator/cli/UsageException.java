package dev.skillpack.validator.cli;

/** A bad path, option value or file given to the CLI: printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
