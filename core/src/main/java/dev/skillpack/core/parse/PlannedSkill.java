package dev.skillpack.core.parse;

import dev.skillpack.core.model.Skill;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One skill of a {@link PackPlan}: where it is and how to read it, before (or without) holding its files.
 * {@link #parse()} reads and parses the skill's files each time it is called, so a caller that checks a pack
 * skill by skill keeps only the skills it is working on in memory. Thread-safe.
 */
public final class PlannedSkill {
    private final String path;
    private final String folderName;
    private final String skillFilePath;
    private final Supplier<Skill> reader;

    PlannedSkill(String path, String folderName, String skillFilePath, Supplier<Skill> reader) {
        this.path = Objects.requireNonNull(path, "path");
        this.folderName = Objects.requireNonNull(folderName, "folderName");
        this.skillFilePath = Objects.requireNonNull(skillFilePath, "skillFilePath");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * A skill already parsed: {@link #parse()} returns it.
     *
     * @param skill the skill
     * @return it as a planned skill
     */
    public static PlannedSkill of(Skill skill) {
        return new PlannedSkill(skill.path(), skill.folderName(), skill.skillFile().path(), () -> skill);
    }

    /** @return display path of the skill's folder, as {@link Skill#path()} will be */
    public String path() {
        return path;
    }

    /** @return the folder's name, as {@link Skill#folderName()} will be */
    public String folderName() {
        return folderName;
    }

    /** @return display path of the skill's SKILL.md, as {@code skill.skillFile().path()} will be */
    public String skillFilePath() {
        return skillFilePath;
    }

    /**
     * Reads the skill's files now (they may have changed since the listing: the skill then says what it
     * found) and parses them. Never throws for bad input.
     *
     * @return the skill
     */
    public Skill parse() {
        return reader.get();
    }

    @Override
    public String toString() {
        return "PlannedSkill[" + path + "]";
    }
}
