package dev.skillpack.maven;

import dev.skillpack.validator.Finding;
import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.config.ConfigException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's skill pack with every built-in rule and fails the build when findings reach
 * {@code failOn}. All logic lives in {@link PackValidation}; this class only maps Maven parameters.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractMojo {

    /** The folder holding the skills: one skill folder, or a folder with skill folders below it. */
    @Parameter(property = "skillpack.skillsDirectory", defaultValue = "${project.basedir}/src/main/skills")
    private File skillsDirectory;

    /** Lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code none}. */
    @Parameter(property = "skillpack.failOn", defaultValue = "error")
    private String failOn;

    /** The project folder; paths in findings are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** A {@code .skillpack.yaml} to use; by default the nearest one above the skills folder. */
    @Parameter(property = "skillpack.config")
    private File configFile;

    /** Report formats to write into {@code reportsDirectory}: text, json, sarif, github, junit. */
    @Parameter(property = "skillpack.formats", defaultValue = "json,sarif")
    private List<String> formats;

    /** Where report files go. */
    @Parameter(property = "skillpack.reportsDirectory", defaultValue = "${project.build.directory}/skillpack")
    private File reportsDirectory;

    /** Skips validation. */
    @Parameter(property = "skillpack.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skillpack validation skipped");
            return;
        }
        Severity threshold = threshold();
        if (!skillsDirectory.isDirectory()) {
            throw new MojoExecutionException("skills directory " + skillsDirectory
                    + " does not exist or is not a folder; set <skillsDirectory> or -Dskillpack.skillsDirectory");
        }
        ValidationOutcome outcome;
        try {
            outcome = PackValidation.validate(basedir.toPath(), skillsDirectory.toPath(),
                    Optional.ofNullable(configFile).map(File::toPath), Optional.ofNullable(threshold));
            PackValidation.writeReports(outcome.result(), formats, reportsDirectory.toPath());
        } catch (ConfigException e) {
            e.problems().forEach(p -> getLog().error(p.toString()));
            throw new MojoExecutionException("the skillpack configuration is invalid; see the lines above", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("cannot write skillpack reports: " + e.getMessage(), e);
        }
        for (Finding finding : outcome.result().active()) {
            String line = PackValidation.format(finding);
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        getLog().info(PackValidation.summary(outcome));
        outcome.crashNote().ifPresent(note -> getLog().error("skillpack: " + note));
        switch (outcome.verdict()) {
            case PASS -> { }
            case FAIL -> throw new MojoFailureException("skill pack has findings at or above "
                    + outcome.failOn().map(Severity::id).orElse("none") + "; see the lines above");
            case CRASH -> throw new MojoExecutionException("a skillpack rule crashed; see the lines above");
        }
    }

    private Severity threshold() throws MojoExecutionException {
        if ("none".equalsIgnoreCase(failOn)) {
            return null;
        }
        return Severity.byId(failOn).orElseThrow(() -> new MojoExecutionException("failOn must be error, warning, "
                + "info or none, not '" + failOn.toLowerCase(Locale.ROOT) + "'"));
    }
}
