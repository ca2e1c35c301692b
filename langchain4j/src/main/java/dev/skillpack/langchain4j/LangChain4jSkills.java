package dev.skillpack.langchain4j;

import dev.langchain4j.skills.Skill;
import dev.langchain4j.skills.SkillResource;
import dev.langchain4j.skills.Skills;
import dev.skillpack.core.catalog.CatalogSkill;
import dev.skillpack.core.catalog.SkillCatalog;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.parse.SkillParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Hands the skills of a {@link SkillCatalog} to LangChain4j's Agent Skills API ({@code dev.langchain4j.skills},
 * experimental there). Each catalog skill becomes a {@link Skill} with the same name and description, the
 * body of SKILL.md as its content, and its files as resources, chosen as LangChain4j's own
 * {@code ClassPathSkillLoader} chooses them: UTF-8 text files that are not named SKILL.md, not blank and
 * whose path does not start with {@code scripts} (LangChain4j leaves scripts to its shell tools). So a catalog over a jar gives the
 * same skills as {@code ClassPathSkillLoader} over that jar, with skillpack's safe reading, index checks
 * and problems list in front.
 *
 * <pre>{@code
 * SkillCatalog catalog = SkillCatalog.builder().addClasspath(getClass().getClassLoader()).build();
 * Skills skills = LangChain4jSkills.skills(catalog);
 * Assistant assistant = AiServices.builder(Assistant.class).chatModel(model)
 *         .systemMessageProvider(id -> "You can use skills.\n" + skills.formatAvailableSkills())
 *         .toolProvider(skills.toolProvider()).build();
 * }</pre>
 */
public final class LangChain4jSkills {
    private final boolean includeScripts;

    private LangChain4jSkills(boolean includeScripts) {
        this.includeScripts = includeScripts;
    }

    /** @return an adapter choosing resources as LangChain4j's class-path loader does */
    public static LangChain4jSkills adapter() {
        return new LangChain4jSkills(false);
    }

    /**
     * @param include whether text files under {@code scripts/} become resources too (LangChain4j's loader
     *                leaves them out)
     * @return an adapter with that choice
     */
    public LangChain4jSkills includeScripts(boolean include) {
        return new LangChain4jSkills(include);
    }

    /**
     * @param catalog a catalog
     * @return every skill of it, in catalog order, as LangChain4j skills
     * @throws IllegalArgumentException when a skill has an empty body (LangChain4j requires content)
     */
    public List<Skill> toSkills(SkillCatalog catalog) {
        List<Skill> skills = new ArrayList<>();
        for (CatalogSkill skill : catalog.skills()) {
            skills.add(toSkill(catalog, skill.name()));
        }
        return List.copyOf(skills);
    }

    /**
     * @param catalog a catalog
     * @param name a skill name
     * @return that skill as a LangChain4j skill
     * @throws dev.skillpack.core.catalog.CatalogException when the catalog has no skill of that name
     * @throws IllegalArgumentException when its body is empty (LangChain4j requires content)
     */
    public Skill toSkill(SkillCatalog catalog, String name) {
        Objects.requireNonNull(catalog, "catalog");
        String content = catalog.activate(name);
        CatalogSkill skill = catalog.skill(name).orElseThrow();
        if (content.isBlank()) {
            throw new IllegalArgumentException("skill '" + name + "' (" + skill.origin() + ") has an empty body; "
                    + "LangChain4j needs content, so write the instructions below the front matter");
        }
        List<SkillResource> resources = new ArrayList<>();
        for (Resource r : skill.skill().resources()) {
            String path = r.relativePath();
            if (!chosen(r)) {
                continue;
            }
            String text = catalog.readResource(name, path).text();
            if (text.isBlank()) {
                continue;
            }
            resources.add(SkillResource.builder().relativePath(path).content(text).build());
        }
        return Skill.builder().name(skill.name()).description(skill.description()).content(content)
                .resources(resources).build();
    }

    /**
     * @param catalog a catalog
     * @return LangChain4j's {@link Skills} over every skill of the catalog: the tool provider (activate a
     *         skill, read a resource) and the available-skills text for the system message
     */
    public static Skills skills(SkillCatalog catalog) {
        return Skills.from(adapter().toSkills(catalog));
    }

    private boolean chosen(Resource r) {
        String path = r.relativePath();
        if (r.fileName().equals(SkillParser.SKILL_FILE) || !r.isText() || r.content().isEmpty()) {
            return false;
        }
        return includeScripts || !path.startsWith("scripts");
    }
}
