package dev.skillpack.core.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One skill as the index describes it: enough for an agent to list it and budget what loading it costs
 * without reading a file.
 *
 * @param name the skill's name
 * @param description its description
 * @param versionText {@code metadata.version}, "" when absent
 * @param path the skill's folder in the jar, e.g. {@code META-INF/resources/skills/pdf-forms}
 * @param metadataTokens tokens of name plus description
 * @param bodyTokens tokens of SKILL.md's body
 * @param fileTokens tokens of every text file together, SKILL.md included
 * @param files the files in path order
 */
public record IndexedSkill(String name, String description, String versionText, String path, int metadataTokens,
                           int bodyTokens, int fileTokens, List<IndexedFile> files) {

    /** Validates and copies the fields. */
    public IndexedSkill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(versionText, "versionText");
        Objects.requireNonNull(path, "path");
        files = List.copyOf(files);
    }

    /** @return {@code metadata.version}, if set */
    public Optional<String> version() {
        return versionText.isEmpty() ? Optional.empty() : Optional.of(versionText);
    }

    /**
     * @param relativePath a path inside the skill
     * @return the file at that path
     */
    public Optional<IndexedFile> file(String relativePath) {
        return files.stream().filter(f -> f.path().equals(relativePath)).findFirst();
    }
}
