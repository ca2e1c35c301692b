package dev.skillpack.validator.cli;

import dev.skillpack.validator.ValidationProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@code validating: 120/1,000 skills} on standard error, redrawn in place (start of line, clear line) and
 * cleared when the pack is done, so the report that follows starts on a clean line. Drawn only for packs of
 * at least {@value #MIN_SKILLS} skills, at most every {@value #INTERVAL_MS} ms (the first and the last count
 * always); the CLI uses it only when {@link CliEnvironment#progressAllowed()}. Thread-safe.
 */
final class ProgressLine implements ValidationProgress {
    /** Smaller packs finish before a progress line is worth reading. */
    static final int MIN_SKILLS = 20;
    /** Redraws at most this often. */
    static final long INTERVAL_MS = 100;
    private static final String REDRAW = "\u001b[1G\u001b[2K";

    private final PrintWriter err;
    private final LongSupplier millis;
    private long last = Long.MIN_VALUE;

    ProgressLine(PrintWriter err) {
        this(err, System::currentTimeMillis);
    }

    ProgressLine(PrintWriter err, LongSupplier millis) {
        this.err = err;
        this.millis = millis;
    }

    @Override
    public synchronized void skillChecked(int done, int total) {
        if (total < MIN_SKILLS) {
            return;
        }
        long now = millis.getAsLong();
        boolean first = done == 1;
        if (done == total) {
            err.print(REDRAW + "validating: " + String.format(Locale.ROOT, "%,d/%,d skills", done, total) + REDRAW);
            err.flush();
            last = Long.MIN_VALUE;
            return;
        }
        if (first || now - last >= INTERVAL_MS) {
            err.print(REDRAW + "validating: " + String.format(Locale.ROOT, "%,d/%,d skills", done, total));
            err.flush();
            last = now;
        }
    }
}
