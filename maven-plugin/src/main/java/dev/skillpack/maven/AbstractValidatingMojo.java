package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of goals that validate the pack first ({@code validate}, {@code package}). */
public abstract class AbstractValidatingMojo extends AbstractConfiguredMojo {

    /** Lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code none}. */
    @Parameter(property = "skillpack.failOn", defaultValue = "error")
    protected String failOn;

    /** Report files to write into {@code reportsDirectory}: {@code text}, {@code json}, {@code sarif}, {@code github}, {@code junit}. */
    @Parameter(property = "skillpack.formats", defaultValue = "json,sarif")
    protected List<String> formats;

    /** Where report files go ({@code skillpack.json}, {@code skillpack.sarif}, ...). */
    @Parameter(property = "skillpack.reportsDirectory", defaultValue = "${project.build.directory}/skillpack")
    protected File reportsDirectory;

    /**
     * The client to validate for: {@code agentskills}, {@code claude-code} or {@code codex}. By default the
     * config file's {@code target}, then the install path ({@code .claude/skills/} and the like), then the spec.
     */
    @Parameter(property = "skillpack.target")
    protected String target;

    /**
     * A baseline file (written by {@code skillpack validate --write-baseline} or {@code writeBaseline});
     * findings listed in it are hidden, so only new findings show and fail the build.
     */
    @Parameter(property = "skillpack.baseline")
    protected File baseline;

    /** Writes the current findings to this file as a baseline and accepts them for this run. */
    @Parameter(property = "skillpack.writeBaseline")
    protected File writeBaseline;

    /** Validates even when the pack, the configuration and the plugin are unchanged since the last build. */
    @Parameter(property = "skillpack.force", defaultValue = "false")
    protected boolean force;

    /**
     * Checks every validation parameter.
     *
     * @param log where to say that there is nothing to validate
     * @return the settings, or empty when the default skills folder does not exist
     * @throws SetupException naming the first bad parameter
     */
    final Optional<ValidateSettings> settings(BuildLog log) throws SetupException {
        Path base = base();
        var threshold = Parameters.failOn(failOn);
        var reportFormats = Parameters.formats(formats);
        var client = Parameters.target(target);
        var chosenTokenizer = chosenTokenizer();
        Optional<Path> config = config();
        Optional<Path> accepted = baseline == null ? Optional.empty()
                : Optional.of(Parameters.existingFile("baseline", baseline.toPath(), base));
        Optional<Path> toWrite = Optional.ofNullable(writeBaseline).map(f -> f.toPath().toAbsolutePath().normalize());
        if (toWrite.isPresent() && Files.isDirectory(toWrite.get())) {
            throw new SetupException("writeBaseline " + Parameters.display(base, toWrite.get()) + " is a folder");
        }
        if (reportsDirectory == null) {
            throw new SetupException("reportsDirectory is not set");
        }
        Path reports = reportsDirectory.toPath().toAbsolutePath().normalize();
        if (Files.exists(reports) && !Files.isDirectory(reports)) {
            throw new SetupException("reportsDirectory " + Parameters.display(base, reports) + " is not a folder");
        }
        Optional<List<Path>> folders = folders(log);
        if (folders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ValidateSettings(base, folders.get(), config, threshold, reportFormats, reports, client,
                chosenTokenizer, accepted, toWrite, force));
    }
}
