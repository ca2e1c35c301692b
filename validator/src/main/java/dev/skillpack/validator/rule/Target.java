package dev.skillpack.validator.rule;

import java.util.Locale;
import java.util.Optional;

/** The client a skill is validated for: each accepts its own front-matter extensions. */
public enum Target {
    /** The Agent Skills specification alone. */
    AGENTSKILLS("agentskills"),
    /** Claude Code, which adds keys such as {@code model} and {@code allowed-tools} semantics. */
    CLAUDE_CODE("claude-code"),
    /** OpenAI Codex, which reads {@code agents/openai.yaml} beside SKILL.md. */
    CODEX("codex");

    private final String id;

    Target(String id) {
        this.id = id;
    }

    /** @return the name used on the command line and in config */
    public String id() {
        return id;
    }

    /**
     * @param id a target name (case-insensitive)
     * @return the target, if known
     */
    public static Optional<Target> byId(String id) {
        for (Target t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
