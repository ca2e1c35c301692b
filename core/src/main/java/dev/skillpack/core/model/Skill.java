package dev.skillpack.core.model;

import dev.skillpack.core.write.SkillBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One skill: a folder with a SKILL.md, its other Markdown files and its resources.
 *
 * @param folderName the folder's name, which the spec requires to equal {@code name}
 * @param path display path of the folder
 * @param skillFile the SKILL.md file (its name as found: {@code SKILL.md} or {@code skill.md})
 * @param frontmatter the front matter
 * @param body the Markdown after the front matter
 * @param references every other Markdown file of the skill, in path order
 * @param resources every file of the skill, SKILL.md included, in path order
 * @param problems what could not be read, in file order
 */
public record Skill(String folderName, String path, TextFile skillFile, Frontmatter frontmatter,
                   MarkdownDocument body, List<ReferenceFile> references, List<Resource> resources,
                   List<ParseProblem> problems) {

    /** Validates and copies the fields. */
    public Skill {
        Objects.requireNonNull(folderName, "folderName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(skillFile, "skillFile");
        Objects.requireNonNull(frontmatter, "frontmatter");
        Objects.requireNonNull(body, "body");
        references = List.copyOf(references);
        resources = List.copyOf(resources);
        problems = List.copyOf(problems);
    }

    /**
     * Starts authoring a skill in Java. The builder renders a SKILL.md (and any other files) and parses
     * them back, so the skill it builds carries real spans.
     *
     * <pre>{@code
     * Skill skill = Skill.builder().name("pdf-forms").description("Fills PDF forms. Use when ...")
     *         .section(SectionBuilder.heading(2, "Steps").paragraph("Read the form first.").build())
     *         .build();
     * }</pre>
     *
     * @return a new builder
     * @see SkillBuilder
     */
    public static SkillBuilder builder() {
        return SkillBuilder.create();
    }

    /** @return the {@code name} field, if set */
    public Optional<String> name() {
        return frontmatter.name();
    }

    /**
     * @param relativePath path inside the skill
     * @return the Markdown file at that path (SKILL.md's body for the skill file)
     */
    public Optional<MarkdownDocument> markdown(String relativePath) {
        if (relativePath.equals(skillFile.relativePath())) {
            return Optional.of(body);
        }
        return references.stream().filter(r -> r.relativePath().equals(relativePath))
                .map(ReferenceFile::document).findFirst();
    }

    /** @return SKILL.md's body followed by every other Markdown file */
    public List<MarkdownDocument> markdownFiles() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(body),
                references.stream().map(ReferenceFile::document)).toList();
    }

    /**
     * @param relativePath path inside the skill
     * @return the resource at that path
     */
    public Optional<Resource> resource(String relativePath) {
        return resources.stream().filter(r -> r.relativePath().equals(relativePath)).findFirst();
    }
}
