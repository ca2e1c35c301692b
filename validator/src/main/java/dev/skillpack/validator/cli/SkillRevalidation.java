package dev.skillpack.validator.cli;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.internal.DisplayPaths;
import dev.skillpack.validator.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates some skills of an earlier result again and puts their new findings in place of the old, so a
 * watch round costs one skill, not the pack. Pack-wide checks keep their earlier findings until a round
 * validates every skill (when skills are added or removed).
 */
final class SkillRevalidation {
    private SkillRevalidation() {
    }

    /**
     * @param runs the prepared runs of the validate command
     * @param previous the latest result
     * @param skillFolders the skill folders to validate again
     * @return the previous result with those skills' skills and findings replaced
     */
    static ValidationResult of(List<ValidationSession.Run> runs, ValidationResult previous, Set<Path> skillFolders) {
        ValidationResult result = previous;
        for (Path folder : skillFolders) {
            for (ValidationSession.Run run : runs) {
                if (folder.startsWith(run.folder())) {
                    result = replace(run, result, folder);
                    break;
                }
            }
        }
        return result;
    }

    private static ValidationResult replace(ValidationSession.Run run, ValidationResult previous, Path folder) {
        DirectorySkillSource root = new DirectorySkillSource(run.folder(), run.display(), run.limits().source());
        String relative = run.folder().relativize(folder).toString().replace('\\', '/');
        String shown = root.displayPathOf(relative);
        Skill skill = SkillParser.builder().limits(run.limits().parse()).build()
                .parseSkill(new DirectorySkillSource(folder, shown, run.limits().source()));
        ValidationResult fresh = run.validator().validate(new SkillPack(run.display(), List.of(skill),
                List.of()));
        List<Finding> findings = new ArrayList<>();
        previous.findings().stream().filter(f -> !DisplayPaths.inside(f.span().path(), shown)).forEach(findings::add);
        fresh.findings().stream().filter(f -> DisplayPaths.inside(f.span().path(), shown)).forEach(findings::add);
        findings.sort(Validator.ORDER);
        List<SkillPack> packs = previous.packs().stream().map(pack -> new SkillPack(pack.path(),
                pack.skills().stream().map(s -> s.path().equals(shown) ? skill : s).toList(), pack.problems(),
                pack.clientFiles(), pack.tree())).toList();
        List<Finding> crashes = new ArrayList<>(previous.crashes().stream()
                .filter(f -> !DisplayPaths.inside(f.span().path(), shown)).toList());
        crashes.addAll(fresh.crashes());
        return new ValidationResult(packs, findings, previous.rules(), crashes);
    }
}
