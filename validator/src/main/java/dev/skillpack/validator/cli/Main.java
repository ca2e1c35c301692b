package dev.skillpack.validator.cli;

/** The {@code skillpack} executable. The only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        long started = System.currentTimeMillis();
        System.exit(ReplayedRun.execute(args, started));
    }
}
