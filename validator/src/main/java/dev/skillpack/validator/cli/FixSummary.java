package dev.skillpack.validator.cli;

import dev.skillpack.validator.engine.Fixer;

/** The one line {@code --fix} prints on standard error: only what reached the disk is counted. */
final class FixSummary {
    private FixSummary() {
    }

    static String of(Fixer.Outcome outcome) {
        String line = "fixed " + counted(outcome.fixedCount(), outcome.written().size());
        int failed = outcome.failures().size();
        return failed == 0 ? line : line + "; " + failed + " file" + (failed == 1 ? "" : "s")
                + " could not be written";
    }

    static String counted(int findings, int files) {
        return findings + " finding" + (findings == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s");
    }
}
