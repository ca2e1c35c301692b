package dev.skillpack.core.pack;

/**
 * A skill or a pack that cannot be packaged as asked: a skill without a valid name, a file that was not
 * read, two skills with one name, an output path that would leave the target folder. The message names
 * the file and says what to do; it never holds a Java class name.
 */
public final class PackException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path display path of the file or folder at fault
     * @param message what is wrong and what to do
     */
    public PackException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /**
     * @param path display path of the file or folder at fault
     * @param message what is wrong and what to do
     * @param cause the I/O error behind it
     */
    public PackException(String path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    /** @return display path of the file or folder at fault */
    public String path() {
        return path;
    }
}
