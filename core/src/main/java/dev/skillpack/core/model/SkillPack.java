package dev.skillpack.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A folder of skills, as read from one {@code SkillSource}.
 *
 * @param path display path of the folder
 * @param skills the skills in path order
 * @param problems problems that belong to no one skill (limits hit while listing, unreadable folders)
 * @param clientFiles client files found beside the skills, such as Claude Code's
 *        {@code .claude-plugin/plugin.json} and {@code marketplace.json}, decoded as text; their relative
 *        paths are relative to the pack's folder
 */
public record SkillPack(String path, List<Skill> skills, List<ParseProblem> problems, List<TextFile> clientFiles) {

    /** Validates and copies the fields. */
    public SkillPack {
        Objects.requireNonNull(path, "path");
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
        clientFiles = List.copyOf(clientFiles);
    }

    /**
     * A pack without client files.
     *
     * @param path display path of the folder
     * @param skills the skills in path order
     * @param problems problems that belong to no one skill
     */
    public SkillPack(String path, List<Skill> skills, List<ParseProblem> problems) {
        this(path, skills, problems, List.of());
    }
}
