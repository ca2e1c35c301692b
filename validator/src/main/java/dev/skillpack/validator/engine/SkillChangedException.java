package dev.skillpack.validator.engine;

import java.util.Objects;

/**
 * A skill's files are no longer what was validated: a file was edited, added to the listing's view, removed
 * or made unreadable after the run read it. Whatever needed the content (a fix, an archive) was not made from
 * files that were never checked.
 */
public final class SkillChangedException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Display path of the first file found changed. */
    private final String path;

    /**
     * @param path display path of the file that changed
     */
    public SkillChangedException(String path) {
        super(Objects.requireNonNull(path, "path") + " changed after it was validated; validate it again");
        this.path = path;
    }

    /** @return display path of the first file found changed */
    public String path() {
        return path;
    }
}
