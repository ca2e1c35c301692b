package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Subcommands are added by name; a run of one sets up only that one, and help still lists them all. */
class SubcommandSetupTest {
    @TempDir
    Path dir;

    private CliEnvironment env() {
        return new CliEnvironment(dir, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), false, () -> dev.skillpack.validator.rules.RuleRegistry.of(BuiltinRules.all()), "0");
    }

    @Test
    void eachNameIsTheNameItsClassDeclares() {
        assertThat(SkillpackCommand.SUBCOMMANDS).hasSameSizeAs(SkillpackCommand.NAMES);
        for (int i = 0; i < SkillpackCommand.NAMES.size(); i++) {
            assertThat(SkillpackCommand.SUBCOMMANDS.get(i).getAnnotation(CommandLine.Command.class).name())
                    .isEqualTo(SkillpackCommand.NAMES.get(i));
        }
    }

    @Test
    void aNamedSubcommandIsSetUpAloneAnythingElseGetsThemAll() {
        assertThat(SkillpackCli.commandLine(env(), "validate").getSubcommands()).containsOnlyKeys("validate");
        assertThat(SkillpackCli.commandLine(env(), "--help").getSubcommands().keySet())
                .containsExactlyElementsOf(SkillpackCommand.NAMES);
        assertThat(SkillpackCli.commandLine(env(), "validat").getSubcommands()).hasSize(11);
        assertThat(SkillpackCli.commandLine(env()).getSubcommands().keySet())
                .containsExactlyElementsOf(SkillpackCommand.NAMES);
    }

    @Test
    void helpListsEverySubcommandAndATypoIsAUsageError() {
        CliRunner.Result help = CliRunner.in(dir, BuiltinRules.all()).run("--help");
        assertThat(help.out()).contains("validate").contains("package").contains("read-properties");
        CliRunner.Result typo = CliRunner.in(dir, BuiltinRules.all()).run("validat", ".");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("skillpack: Unmatched arguments from index 0: 'validat', '.' (see 'skillpack"
                + " --help')\n");
        assertThat(List.of(help.exitCode())).containsExactly(0);
    }
}
