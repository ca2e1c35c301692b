package dev.skillpack.maven;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.validator.Finding;
import dev.skillpack.validator.ValidationResult;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rule.Severity;
import java.nio.file.Path;

/** What the Mojos do, as plain Java that tests call without Maven. */
final class PackValidation {
    private PackValidation() {
    }

    /**
     * @param basedir the project folder; report paths are relative to it
     * @param folder the skills folder
     */
    static ValidationResult validate(Path basedir, Path folder) {
        Path base = basedir.toAbsolutePath().normalize();
        Path target = folder.toAbsolutePath().normalize();
        String shown = target.startsWith(base) ? DirectorySkillSource.displayOf(base.relativize(target))
                : DirectorySkillSource.displayOf(target);
        return Validator.builder().build().validate(new DirectorySkillSource(target, shown, SourceLimits.defaults()));
    }

    static String format(Finding f) {
        return f.span().path() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.severity().id() + " "
                + f.ruleId() + "(" + f.alias() + ") " + f.message();
    }

    static String summary(ValidationResult result) {
        long errors = result.active().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = result.active().stream().filter(f -> f.severity() == Severity.WARNING).count();
        int skills = result.packs().stream().mapToInt(p -> p.skills().size()).sum();
        return "skillpack: " + skills + (skills == 1 ? " skill, " : " skills, ") + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
