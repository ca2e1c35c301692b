package dev.skillpack.validator.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a Claude Code plugin layout (trailofbits/skills: {@code .claude-plugin/marketplace.json} at the top,
 * {@code plugins/<p>/.claude-plugin/plugin.json} beside {@code plugins/<p>/skills/}) picks the claude-code target,
 * and the summary says so; a folder built for several clients picks nothing.
 */
class TargetInferenceTest {
    @TempDir
    Path repo;

    private Path pluginLayout() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(repo.resolve(".claude-plugin/marketplace.json"), "{\"name\": \"tools\"}");
        write(repo.resolve("plugins/review/.claude-plugin/plugin.json"), "{\"name\": \"review\"}");
        write(repo.resolve("plugins/review/skills/reviewing-code/SKILL.md"), "---\nname: reviewing-code\n---\n");
        return repo;
    }

    @Test
    void aMarketplaceAtTheTopPicksClaudeCode() throws IOException {
        Optional<TargetChoice> choice = TargetInference.choose(pluginLayout());

        assertThat(choice).map(TargetChoice::note)
                .contains("target claude-code (inferred from .claude-plugin/marketplace.json)");
    }

    @Test
    void aPluginFolderPicksClaudeCodeFromItsOwnManifest() throws IOException {
        Path plugin = pluginLayout().resolve("plugins/review");

        assertThat(TargetInference.choose(plugin)).map(TargetChoice::note)
                .contains("target claude-code (inferred from .claude-plugin/plugin.json)");
        assertThat(TargetInference.choose(plugin.resolve("skills"))).map(TargetChoice::note)
                .contains("target claude-code (inferred from ../.claude-plugin/plugin.json)");
    }

    @Test
    void anotherClientsPluginBesideItImpliesNothing() throws IOException {
        Path root = pluginLayout();
        Files.createDirectories(root.resolve(".codex-plugin"));

        assertThat(TargetInference.choose(root)).isEmpty();
    }

    @Test
    void theSearchStopsAtTheRepositoryRoot() throws IOException {
        Path nested = pluginLayout().resolve("vendor/other");
        Files.createDirectories(nested.resolve(".git"));
        write(nested.resolve("skills/x/SKILL.md"), "---\nname: x\n---\n");

        assertThat(TargetInference.choose(nested)).isEmpty();
    }

    @Test
    void anInstallPathWinsOverAPluginLayout() throws IOException {
        Path installed = pluginLayout().resolve(".codex/skills");
        Files.createDirectories(installed);

        assertThat(TargetInference.choose(installed)).map(TargetChoice::target).contains(Target.CODEX);
        assertThat(TargetInference.choose(installed)).map(TargetChoice::how).contains("install path .codex/skills");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
