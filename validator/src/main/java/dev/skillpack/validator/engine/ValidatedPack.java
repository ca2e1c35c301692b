package dev.skillpack.validator.engine;

import dev.skillpack.core.model.PackTree;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.TextFile;
import java.util.List;
import java.util.Objects;

/**
 * A validated pack as a {@link ValidationResult} keeps it: its skills' light views ({@link ValidatedSkill}),
 * the problems that belong to no skill, and the client files and listing pack-level rules read.
 *
 * @param path display path of the folder
 * @param skills the skills in path order
 * @param problems problems that belong to no one skill
 * @param clientFiles client files found beside the skills (plugin manifests; small)
 * @param tree which paths the listing saw
 */
public record ValidatedPack(String path, List<ValidatedSkill> skills, List<ParseProblem> problems,
                            List<TextFile> clientFiles, PackTree tree) {

    /** Validates and copies the fields. */
    public ValidatedPack {
        Objects.requireNonNull(path, "path");
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
        clientFiles = List.copyOf(clientFiles);
        Objects.requireNonNull(tree, "tree");
    }

    /**
     * @return the pack as pack-level rules saw it: each skill's {@link ValidatedSkill#outline() outline}, the
     *         pack's problems, client files and listing
     */
    public SkillPack outline() {
        return new SkillPack(path, skills.stream().map(ValidatedSkill::outline).toList(), problems, clientFiles, tree);
    }

    /** @return the number of files in the pack's skills */
    public int fileCount() {
        return skills.stream().mapToInt(s -> s.files().size()).sum();
    }

    /**
     * @param skill a skill validated again
     * @return this pack with the skill of the same path replaced by it
     */
    public ValidatedPack withSkill(ValidatedSkill skill) {
        return new ValidatedPack(path, skills.stream().map(s -> s.path().equals(skill.path()) ? skill : s).toList(),
                problems, clientFiles, tree);
    }
}
