package dev.skillpack.validator.cli;

import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ConfigProblem;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs the CLI in process: parses arguments with picocli (a plain {@code validate} command line without it),
 * maps failures to {@link ExitCodes}, prints bad input as one line on stderr (never a stack trace) and returns
 * the exit code.
 */
public final class SkillpackCli {
    private SkillpackCli() {
    }

    /**
     * @param env the environment (streams, working directory, rules)
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(CliEnvironment env, String... args) {
        return execute(env, true, args);
    }

    /**
     * @param quick whether a plain {@code validate} command line may skip picocli ({@link ValidateCommand#parsed});
     *              false runs every command line through picocli, for tests that compare the two
     */
    static int execute(CliEnvironment env, boolean quick, String... args) {
        Optional<ValidateCommand> validate = quick ? ValidateCommand.parsed(env, args) : Optional.empty();
        int code = validate.isPresent() ? call(env, validate.get())
                : commandLine(env, args.length == 0 ? null : args[0]).execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** Runs a command as picocli's {@code execute} does, failures handled by {@link #failed}. */
    private static int call(CliEnvironment env, Callable<Integer> command) {
        try {
            return command.call();
        } catch (Exception e) {
            return failed(env, env.err(), e);
        }
    }

    /**
     * @param env the environment
     * @return the configured picocli command line
     */
    public static CommandLine commandLine(CliEnvironment env) {
        return commandLine(env, null);
    }

    /**
     * @param env the environment
     * @param first the first argument: when it names a subcommand, only that one is set up (the others are
     *              not needed to run it, and setting each up costs start-up time); else, or null, all of them
     * @return the configured picocli command line
     */
    static CommandLine commandLine(CliEnvironment env, String first) {
        Factory factory = new Factory(env);
        CommandLine cmd = new CommandLine(new SkillpackCommand(env), factory);
        int only = first == null ? -1 : SkillpackCommand.NAMES.indexOf(first);
        for (int i = 0; i < SkillpackCommand.NAMES.size(); i++) {
            if (only < 0 || i == only) {
                cmd.addSubcommand(SkillpackCommand.NAMES.get(i), SkillpackCommand.SUBCOMMANDS.get(i));
            }
        }
        cmd.setOut(env.out());
        cmd.setErr(env.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("skillpack: " + UntrustedText.line(String.valueOf(ex.getMessage())) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(env, commandLine.getErr(), ex));
        return cmd;
    }

    /** What a command's failure prints and the exit code it maps to. */
    private static int failed(CliEnvironment env, PrintWriter err, Exception ex) {
        if (ex instanceof UsageException) {
            err.println("skillpack: " + UntrustedText.line(String.valueOf(ex.getMessage())));
            return ExitCodes.USAGE;
        }
        if (ex instanceof ConfigException config) {
            for (ConfigProblem p : config.problems()) {
                err.println(UntrustedText.noWorkflowCommand(UntrustedText.line(p.toString())));
            }
            return ExitCodes.USAGE;
        }
        if (ex instanceof RuleRegistry.RuleRegistryException) {
            err.println("skillpack: " + UntrustedText.line(String.valueOf(ex.getMessage())));
            return ExitCodes.USAGE;
        }
        err.println("skillpack: internal error: " + UntrustedText.line(String.valueOf(ex))
                + "; please report this bug");
        if (env.env().containsKey("SKILLPACK_DEBUG")) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        return ExitCodes.INTERNAL;
    }

    /** Creates commands with the environment. */
    private static final class Factory implements CommandLine.IFactory {
        private final CliEnvironment env;

        Factory(CliEnvironment env) {
            this.env = env;
        }

        /** A command that takes the environment gets it; anything else is made by picocli. */
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliEnvironment.class).newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
