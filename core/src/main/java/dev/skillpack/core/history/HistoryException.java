package dev.skillpack.core.history;

/**
 * A git operation could not be done for a reason a person can act on: a revision that does not exist,
 * a repository with no commits yet, a tag that is already there. The message is one sentence that says
 * what to do; it never names a Java class.
 */
public class HistoryException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do
     */
    public HistoryException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do
     * @param cause the underlying failure
     */
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
