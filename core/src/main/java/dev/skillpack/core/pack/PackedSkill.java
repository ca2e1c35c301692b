package dev.skillpack.core.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One skill ready to be written: its name, what the index says about it, and its files in path order,
 * junk already left out. Made by {@link SkillPackager#prepare}; every writer takes these.
 *
 * @param name the skill's name, a valid spec name and so a safe folder name
 * @param description the description
 * @param versionText {@code metadata.version}, "" when absent
 * @param metadataTokens tokens of name plus description: what every session pays
 * @param bodyTokens tokens of SKILL.md's body: what an activation pays
 * @param files the files, SKILL.md included, sorted by path
 * @param excluded the paths left out by an exclude pattern, sorted
 */
public record PackedSkill(String name, String description, String versionText, int metadataTokens, int bodyTokens,
                          List<PackedFile> files, List<String> excluded) {

    /** Validates and copies the fields. */
    public PackedSkill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(versionText, "versionText");
        files = List.copyOf(files);
        excluded = List.copyOf(excluded);
    }

    /** @return {@code metadata.version}, if the skill sets one */
    public Optional<String> version() {
        return versionText.isEmpty() ? Optional.empty() : Optional.of(versionText);
    }

    /** @return the tokens of every text file together */
    public int fileTokens() {
        return files.stream().mapToInt(PackedFile::tokens).sum();
    }

    /**
     * @param path a path inside the skill
     * @return the file at that path
     */
    public Optional<PackedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
