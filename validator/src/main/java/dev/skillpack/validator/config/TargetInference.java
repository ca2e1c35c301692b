package dev.skillpack.validator.config;

import dev.skillpack.validator.rule.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Guesses the client from where skills are installed: a path through {@code .claude/skills} means
 * Claude Code, {@code .codex/skills} Codex, {@code .agents/skills} the plain spec. The innermost
 * such pair wins. Failing that, a Claude Code plugin layout ({@code .claude-plugin/plugin.json} or
 * {@code .claude-plugin/marketplace.json} in the folder or a folder above it, up to the repository root)
 * means Claude Code; a folder that also carries another client's plugin manifest
 * ({@code .codex-plugin}, {@code .cursor-plugin}, ...) is built for several clients and implies nothing.
 */
public final class TargetInference {
    private TargetInference() {
    }

    /**
     * @param path a skill folder or a folder of skills
     * @return the target its location implies, if any
     */
    public static Optional<Target> infer(Path path) {
        return choose(path).map(TargetChoice::target);
    }

    /**
     * @param path a skill folder or a folder of skills
     * @return the target its location or plugin layout implies, and why
     */
    public static Optional<TargetChoice> choose(Path path) {
        Optional<Target> installed = installPath(path);
        if (installed.isPresent()) {
            return Optional.of(new TargetChoice(installed.get(), "install path ." + switch (installed.get()) {
                case CLAUDE_CODE -> "claude";
                case CODEX -> "codex";
                default -> "agents";
            } + "/skills"));
        }
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String manifest : List.of("plugin.json", "marketplace.json")) {
                Path file = dir.resolve(".claude-plugin").resolve(manifest);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !otherClients(dir)) {
                    String shown = path.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
                    return Optional.of(new TargetChoice(Target.CLAUDE_CODE, "inferred from " + shown));
                }
            }
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean otherClients(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.endsWith("-plugin") && n.startsWith(".") && !n.equals(".claude-plugin"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static Optional<Target> installPath(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        Optional<Target> found = Optional.empty();
        for (int i = 0; i + 1 < normal.getNameCount(); i++) {
            if (!normal.getName(i + 1).toString().equals("skills")) {
                continue;
            }
            switch (normal.getName(i).toString()) {
                case ".claude" -> found = Optional.of(Target.CLAUDE_CODE);
                case ".codex" -> found = Optional.of(Target.CODEX);
                case ".agents" -> found = Optional.of(Target.AGENTSKILLS);
                default -> {
                    // an ordinary folder named skills says nothing about the client
                }
            }
        }
        return found;
    }
}
