package dev.skillpack.core.history;

import java.nio.file.Path;

/** The path given is not inside a git repository (and is not a bare repository itself). */
public final class NotARepositoryException extends HistoryException {
    private static final long serialVersionUID = 1L;

    /**
     * @param path the path that was searched from
     */
    public NotARepositoryException(Path path) {
        super("not a git repository (or any parent up to the file system root): " + path);
    }
}
