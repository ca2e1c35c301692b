package dev.skillpack.core.catalog;

import java.util.Objects;

/**
 * One {@code <skill>} element of the {@code <available_skills>} block.
 *
 * @param name the skill's name
 * @param description its description
 * @param location where the agent reads SKILL.md: an absolute file path, or a {@code jar:} URL
 */
public record PromptEntry(String name, String description, String location) {

    /** Validates the fields. */
    public PromptEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
    }
}
