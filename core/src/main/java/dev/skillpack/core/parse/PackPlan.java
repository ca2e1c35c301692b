package dev.skillpack.core.parse;

import dev.skillpack.core.model.PackTree;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.TextFile;
import java.util.List;
import java.util.Objects;

/**
 * A pack as listed, before its skills are read: everything a {@link SkillPack} holds except the skills
 * themselves, which are {@link PlannedSkill}s to parse one by one. Validating a pack skill by skill from a plan
 * keeps only a few skills in memory at a time, however large the pack; {@link #parseAll()} reads them all at
 * once. Immutable.
 *
 * <pre>{@code
 * PackPlan plan = SkillParser.create().plan(DirectorySkillSource.of(Path.of("skills")));
 * for (PlannedSkill planned : plan.skills()) {
 *     Skill skill = planned.parse();   // read now; garbage once the caller lets go of it
 * }
 * }</pre>
 *
 * @param path display path of the folder
 * @param skills the skills in path order, not yet read
 * @param problems problems that belong to no one skill
 * @param clientFiles client files found beside the skills (read already: they are small and few)
 * @param tree which paths the listing saw
 */
public record PackPlan(String path, List<PlannedSkill> skills, List<ParseProblem> problems,
                       List<TextFile> clientFiles, PackTree tree) {

    /** Validates and copies the fields. */
    public PackPlan {
        Objects.requireNonNull(path, "path");
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
        clientFiles = List.copyOf(clientFiles);
        Objects.requireNonNull(tree, "tree");
    }

    /**
     * @param pack a pack already parsed
     * @return a plan whose skills are the pack's (parsing one returns it)
     */
    public static PackPlan of(SkillPack pack) {
        return new PackPlan(pack.path(), pack.skills().stream().map(PlannedSkill::of).toList(), pack.problems(),
                pack.clientFiles(), pack.tree());
    }

    /** @return every skill read now, in parallel (skills are independent), as one pack */
    public SkillPack parseAll() {
        List<Skill> read = skills.parallelStream().map(PlannedSkill::parse).toList();
        return new SkillPack(path, read, problems, clientFiles, tree);
    }
}
