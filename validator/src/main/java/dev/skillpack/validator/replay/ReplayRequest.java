package dev.skillpack.validator.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code skillpack validate} command line whose output can be replayed: it only reads (no {@code --fix},
 * {@code --write-baseline}, {@code --output}, {@code --watch}), reads the work tree (no {@code --rev} or
 * {@code --changed-since}) and does not ask for a fresh check ({@code --no-cache}). Only the options listed
 * here are understood; any other option, an {@code @file}, a {@code --} or a value that looks like an option
 * makes the command line not replayable, and it runs as usual. The arguments themselves are part of the
 * cache key word for word, so this class only has to find the files the run reads.
 *
 * @param paths the PATH arguments as typed
 * @param configFile {@code --config}, as typed
 * @param baselineFile {@code --baseline}, as typed
 */
public record ReplayRequest(List<String> paths, Optional<String> configFile, Optional<String> baselineFile) {
    /** Options that take a value and only change how the run reads or reports. */
    private static final Set<String> WITH_VALUE = Set.of("--format", "--config", "--fail-on", "--rule", "--disable",
            "--target", "--tokenizer", "--baseline", "--max-findings", "--color");
    /** Flags that only change what is reported. */
    private static final Set<String> FLAGS = Set.of("--quiet", "--history", "--no-history");

    /** Copies the parts. */
    public ReplayRequest {
        paths = List.copyOf(paths);
    }

    /**
     * @param args the whole command line, the subcommand first
     * @return the request when the command line is a replayable {@code validate}; empty otherwise
     */
    public static Optional<ReplayRequest> of(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("validate")) {
            return Optional.empty();
        }
        List<String> paths = new ArrayList<>();
        String config = null;
        String baseline = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.isEmpty() || arg.startsWith("@")) {
                return Optional.empty();
            }
            if (!arg.startsWith("-")) {
                paths.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (FLAGS.contains(name) && value == null) {
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    return Optional.empty();
                }
                value = args.get(++i);
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            if (name.equals("--config")) {
                if (config != null) {
                    return Optional.empty();
                }
                config = value;
            } else if (name.equals("--baseline")) {
                if (baseline != null) {
                    return Optional.empty();
                }
                baseline = value;
            }
        }
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReplayRequest(paths, Optional.ofNullable(config), Optional.ofNullable(baseline)));
    }
}
