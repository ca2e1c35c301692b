package dev.skillpack.validator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small skills into a temporary folder for engine and CLI tests. */
public final class TempSkills {
    private TempSkills() {
    }

    /**
     * @param root the pack folder
     * @param relativePath file path inside it
     * @param text the content
     * @return the file
     */
    public static Path write(Path root, String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param root the pack folder
     * @param name the skill's folder and name
     * @param body the Markdown body
     * @return the SKILL.md
     */
    public static Path skill(Path root, String name, String body) {
        return write(root, name + "/SKILL.md", "---\nname: " + name + "\ndescription: Test skill. Use when testing.\n---\n"
                + body);
    }
}
