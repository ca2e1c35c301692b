package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every skillpack goal shares: {@code skip} handled once, parameters checked before any work, and
 * the mapping of the plain-Java outcome to Maven's two failures: findings end the build with
 * {@link MojoFailureException} ("BUILD FAILURE" caused by the pack), broken setup with
 * {@link MojoExecutionException}.
 */
public abstract class AbstractSkillpackMojo extends AbstractMojo {

    /** The project folder; paths in findings and messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** Skips every skillpack goal ({@code -Dskillpack.skip}). */
    @Parameter(property = "skillpack.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skillpack: " + goal() + " skipped (skip is set)");
            return;
        }
        try {
            run(new MavenBuildLog(getLog()));
        } catch (SetupException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (FindingsException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** @return the goal's name, for the skip message */
    protected abstract String goal();

    /**
     * Checks every parameter, then does the goal's work.
     *
     * @param log Maven's log
     * @throws SetupException on a bad parameter or broken setup
     * @throws FindingsException when the pack's findings fail the build
     */
    abstract void run(BuildLog log) throws SetupException, FindingsException;

    /** @return the project folder */
    final Path base() {
        return basedir.toPath().toAbsolutePath().normalize();
    }
}
