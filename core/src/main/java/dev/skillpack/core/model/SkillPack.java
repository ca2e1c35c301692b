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
 * @param tree which paths the listing saw, for rules that check paths a client file names; {@link PackTree#unknown()}
 *        for a pack not read from a listing
 */
public record SkillPack(String path, List<Skill> skills, List<ParseProblem> problems, List<TextFile> clientFiles,
                        PackTree tree) {

    /** Validates and copies the fields. */
    public SkillPack {
        Objects.requireNonNull(path, "path");
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
        clientFiles = List.copyOf(clientFiles);
        Objects.requireNonNull(tree, "tree");
    }

    /**
     * A pack whose listing is not known.
     *
     * @param path display path of the folder
     * @param skills the skills in path order
     * @param problems problems that belong to no one skill
     * @param clientFiles client files found beside the skills
     */
    public SkillPack(String path, List<Skill> skills, List<ParseProblem> problems, List<TextFile> clientFiles) {
        this(path, skills, problems, clientFiles, PackTree.unknown());
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
