package dev.skillpack.validator.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code skillpack} command; the work happens in its subcommands. */
@Command(name = "skillpack", mixinStandardHelpOptions = true, versionProvider = SkillpackCommand.Version.class,
        description = "Validate, measure and render Agent Skills (folders of SKILL.md).",
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error."})
final class SkillpackCommand implements Callable<Integer> {
    /**
     * The subcommands' names, in the order help lists them; {@link #SUBCOMMANDS} holds their classes. They are
     * added by {@link SkillpackCli} (not declared here), so a run of one subcommand builds only that one's
     * option model: picocli reflects over every declared subcommand, which costs start-up time.
     */
    static final List<String> NAMES = List.of("validate", "rules", "tokens", "read-properties", "to-prompt", "new",
            "unpack", "history", "diff", "release", "package");
    /** The subcommands' classes, in {@link #NAMES} order. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, RulesCommand.class, TokensCommand.class,
            ReadPropertiesCommand.class, ToPromptCommand.class, NewCommand.class, UnpackCommand.class,
            HistoryCommand.class, DiffCommand.class, ReleaseCommand.class, PackageCommand.class);

    private final CliEnvironment env;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    SkillpackCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(env.err());
        return ExitCodes.USAGE;
    }

    /** Prints the version from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"skillpack " + dev.skillpack.validator.internal.ToolInfo.version()};
        }
    }
}
