package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.scaffold.ScaffoldFramework;
import dev.skillpack.validator.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skillpack new}: what it writes validates clean with every built-in rule, and it refuses bad input. */
class NewCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli() {
        return CliRunner.in(dir, BuiltinRules.all());
    }

    @Test
    void everyFrameworkRoundTripsWithNoFindings() throws Exception {
        String all = String.join(",", ScaffoldFramework.ALL.stream().map(ScaffoldFramework::key).toList());
        CliRunner.Result made = cli().run("new", "securing-web-apps", "--references", all);
        assertThat(made.err()).isEmpty();
        assertThat(made.exitCode()).isZero();
        assertThat(made.out()).isEqualTo("created securing-web-apps (10 files); it validates with no findings for"
                + " agentskills.\nnext: edit securing-web-apps/SKILL.md, then run: skillpack validate"
                + " securing-web-apps\n");
        Path skill = dir.resolve("securing-web-apps");
        try (Stream<Path> files = Files.list(skill.resolve("references"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("csharp-aspnetcore.md", "go-net-http.md", "java-spring-boot.md",
                            "javascript-express.md", "php-laravel.md", "python-django.md", "python-fastapi.md",
                            "python-flask.md", "ruby-rails.md");
        }
        String body = Files.readString(skill.resolve("SKILL.md"));
        for (ScaffoldFramework f : ScaffoldFramework.ALL) {
            assertThat(body).contains(f.path());
        }
        CliRunner.Result validated = cli().run("validate", "securing-web-apps");
        assertThat(validated.out()).startsWith("no problems in 1 skill (10 files)");
        assertThat(validated.exitCode()).isZero();
    }

    @Test
    void aSkillWithoutReferencesForEachTargetValidatesClean() {
        for (String target : new String[] {"agentskills", "claude-code", "codex"}) {
            // Claude's platform refuses "claude" in names (SP029), so the claude-code skill is named for its folder
            String name = "writing-notes-" + target.replace("claude-code", "plugin");
            CliRunner.Result made = cli().run("new", name, "--target", target);
            assertThat(made.err()).isEmpty();
            assertThat(made.exitCode()).isZero();
            CliRunner.Result validated = cli().run("validate", "--target", target, name);
            assertThat(validated.out()).startsWith("no problems in 1 skill (1 file)");
        }
    }

    @Test
    void refusesABadNameAndWritesNothing() {
        CliRunner.Result r = cli().run("new", "My_Skill");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("skillpack: My_Skill: ").endsWith("skillpack: nothing was written\n");
        assertThat(dir.resolve("My_Skill")).doesNotExist();
    }

    @Test
    void refusesToOverwriteAndEscapesControlCharacters() throws Exception {
        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/keep.txt"), "mine");
        CliRunner.Result r = cli().run("new", "taken");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("skillpack: taken already exists; choose another name or remove it\n");
        assertThat(Files.readString(dir.resolve("taken/keep.txt"))).isEqualTo("mine");

        CliRunner.Result unknown = cli().run("new", "ok-name", "--references", "fla\u001bsk");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown framework 'fla\\u001bsk'").doesNotContain("\u001b");
    }

    @Test
    void refusesANameThatLeavesTheFolder() {
        CliRunner.Result r = cli().run("new", "../outside");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("skillpack: name '../outside' cannot be a folder name\n");
        assertThat(dir.resolveSibling("outside")).doesNotExist();
    }
}
