package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the {@code <available_skills>} block an agent puts in its system prompt for every skill below the
 * skills folders, exactly as {@code skillpack to-prompt} (and the reference {@code skills-ref to-prompt})
 * prints it, and shows it in the log.
 */
@Mojo(name = "to-prompt", threadSafe = true, requiresProject = true)
public class ToPromptMojo extends AbstractSkillsFolderMojo {

    /** The file the block is written to. */
    @Parameter(property = "skillpack.outputFile", defaultValue = "${project.build.directory}/skillpack/available-skills.xml")
    protected File outputFile;

    @Override
    protected String goal() {
        return "to-prompt";
    }

    @Override
    void run(BuildLog log) throws SetupException, FindingsException {
        Path output = Parameters.outputFile("outputFile", outputFile, base());
        Optional<List<Path>> folders = folders(log);
        if (folders.isPresent()) {
            new CliGoals(log).toPrompt(base(), folders.get(), output);
        }
    }
}
