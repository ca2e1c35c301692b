package dev.skillpack.core.history;

import java.util.Locale;
import java.util.Optional;

/** Which part of a {@link SemanticVersion} a release raises. */
public enum Bump {
    /** Something was removed: users of the skill may rely on it. */
    MAJOR,
    /** Something was added. */
    MINOR,
    /** Something changed, nothing was added or removed. */
    PATCH;

    /**
     * @param text {@code major}, {@code minor} or {@code patch}, in any case
     * @return the bump, or empty for any other text
     */
    public static Optional<Bump> parse(String text) {
        for (Bump bump : values()) {
            if (bump.name().equalsIgnoreCase(text)) {
                return Optional.of(bump);
            }
        }
        return Optional.empty();
    }

    /** @return the lower-case name, as written on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
