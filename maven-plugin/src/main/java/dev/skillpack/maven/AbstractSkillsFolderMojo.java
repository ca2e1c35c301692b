package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that read the project's skills folders. */
public abstract class AbstractSkillsFolderMojo extends AbstractSkillpackMojo {

    /**
     * The skills folders: each one skill folder, or a folder with skill folders below it. When left at the
     * default and {@code src/main/skills} does not exist, the goal has nothing to do and says so; a
     * configured folder that does not exist fails the build.
     */
    @Parameter(property = "skillpack.skillsDirectories", defaultValue = "${project.basedir}/src/main/skills")
    protected List<File> skillsDirectories;

    /**
     * @param log where to say that there is nothing to do
     * @return the folders, absolute, existing and distinct; empty when the default folder does not exist
     * @throws SetupException when a configured folder does not exist or none is configured
     */
    final Optional<List<Path>> folders(BuildLog log) throws SetupException {
        Path base = base();
        Path defaultFolder = base.resolve("src/main/skills");
        List<File> given = skillsDirectories == null ? List.of() : skillsDirectories;
        if (given.isEmpty()) {
            throw new SetupException("skillsDirectories is empty; name at least one skills folder");
        }
        if (given.size() == 1 && given.get(0).toPath().toAbsolutePath().normalize().equals(defaultFolder)
                && !Files.exists(defaultFolder)) {
            log.info("skillpack: no skills folder at src/main/skills; nothing to " + goal()
                    + " (set skillsDirectories to use another folder)");
            return Optional.empty();
        }
        List<Path> folders = new ArrayList<>();
        for (File folder : given) {
            Path path = Parameters.existingFolder("skillsDirectories", folder.toPath(), base);
            if (!folders.contains(path)) {
                folders.add(path);
            }
        }
        return Optional.of(List.copyOf(folders));
    }
}
