package dev.skillpack.validator.cli;

/** The exit codes of the {@code skillpack} command, in one place. */
public final class ExitCodes {
    /** Nothing at or above {@code --fail-on} was found. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on} (default: error). */
    public static final int FINDINGS = 1;
    /** Bad command line, path or configuration: nothing was validated. */
    public static final int USAGE = 2;
    /** A bug in skillpack or in a rule (a rule crashed); please report it. */
    public static final int INTERNAL = 3;
    /** {@code --fix} could not write at least one file (each is named on standard error). */
    public static final int FIX_FAILED = 4;

    private ExitCodes() {
    }
}
