package dev.skillpack.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A folder of skills, as read from one {@code SkillSource}.
 *
 * @param path display path of the folder
 * @param skills the skills in path order
 * @param problems problems that belong to no one skill (limits hit while listing, unreadable folders)
 */
public record SkillPack(String path, List<Skill> skills, List<ParseProblem> problems) {

    /** Validates and copies the fields. */
    public SkillPack {
        Objects.requireNonNull(path, "path");
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
    }
}
