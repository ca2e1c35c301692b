package dev.skillpack.validator;

/**
 * Told as skills are checked, so a front end can show progress on a long run. Called from the threads that
 * check skills, but one call at a time and with {@code done} counting up 1, 2, ... {@code total} for each
 * pack; it must be quick and must not throw. It sees counts only, never untrusted text.
 */
@FunctionalInterface
public interface ValidationProgress {
    /** Tells nothing. */
    ValidationProgress NONE = (done, total) -> { };

    /**
     * @param done skills checked so far in this pack, 1 to {@code total}
     * @param total skills the pack's rules run on
     */
    void skillChecked(int done, int total);
}
