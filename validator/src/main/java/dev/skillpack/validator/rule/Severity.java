package dev.skillpack.validator.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from least to most serious. */
public enum Severity {
    /** Worth knowing; never fails a build by default. */
    INFO,
    /** Should be fixed. */
    WARNING,
    /** Breaks the spec or a client; must be fixed. */
    ERROR;

    /** @return the lower-case name used in config and reports */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id {@code error}, {@code warning} or {@code info} (case-insensitive)
     * @return the severity, if the name is known
     */
    public static Optional<Severity> byId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
