package dev.skillpack.validator.config;

import dev.skillpack.validator.rule.Target;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Guesses the client from where skills are installed: a path through {@code .claude/skills} means
 * Claude Code, {@code .codex/skills} Codex, {@code .agents/skills} the plain spec. The innermost
 * such pair wins.
 */
public final class TargetInference {
    private TargetInference() {
    }

    /**
     * @param path a skill folder or a folder of skills
     * @return the target its location implies, if any
     */
    public static Optional<Target> infer(Path path) {
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
