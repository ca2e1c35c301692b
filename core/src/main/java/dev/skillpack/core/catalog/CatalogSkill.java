package dev.skillpack.core.catalog;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.pack.IndexedSkill;
import java.util.Objects;
import java.util.Optional;

/** One skill a {@link SkillCatalog} holds: what the prompt lists, where it came from, and the parsed skill. */
public final class CatalogSkill {
    private final String name;
    private final String description;
    private final String location;
    private final String origin;
    private final Skill skill;
    private final IndexedSkill index;
    private final String indexTokenizer;

    CatalogSkill(String name, String description, String location, String origin, Skill skill, IndexedSkill index,
                 String indexTokenizer) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.location = Objects.requireNonNull(location, "location");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.skill = Objects.requireNonNull(skill, "skill");
        this.index = index;
        this.indexTokenizer = Objects.requireNonNull(indexTokenizer, "indexTokenizer");
    }

    /** @return the {@code name} field, stripped */
    public String name() {
        return name;
    }

    /** @return the {@code description} field, stripped */
    public String description() {
        return description;
    }

    /**
     * @return where SKILL.md is: the real absolute path for a folder on disk (as the reference
     *         {@code to-prompt} prints it), a {@code jar:file:...!/...} URL for an archive or a jar
     */
    public String location() {
        return location;
    }

    /** @return the folder, archive or jar the skill was loaded from, as shown in problems */
    public String origin() {
        return origin;
    }

    /** @return the parsed skill: front matter, body, every file with its bytes, parse problems */
    public Skill skill() {
        return skill;
    }

    /** @return what the jar's {@code index.json} says about the skill, when it came from a jar with one */
    public Optional<IndexedSkill> index() {
        return Optional.ofNullable(index);
    }

    /** @return the tokenizer of the index's counts, "" without an index */
    String indexTokenizer() {
        return indexTokenizer;
    }

    @Override
    public String toString() {
        return name + " (" + origin + ")";
    }
}
