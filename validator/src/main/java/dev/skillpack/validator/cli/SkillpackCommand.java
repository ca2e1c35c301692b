package dev.skillpack.validator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code skillpack} command; the work happens in its subcommands. */
@Command(name = "skillpack", mixinStandardHelpOptions = true, versionProvider = SkillpackCommand.Version.class,
        description = "Validate, measure and render Agent Skills (folders of SKILL.md).",
        subcommands = {ValidateCommand.class, RulesCommand.class, TokensCommand.class, ReadPropertiesCommand.class,
                ToPromptCommand.class, NewCommand.class, UnpackCommand.class, HistoryCommand.class,
                DiffCommand.class, ReleaseCommand.class, PackageCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error."})
final class SkillpackCommand implements Callable<Integer> {
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
