package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of goals that validate the pack first ({@code validate}, {@code package}). */
public abstract class AbstractValidatingMojo extends AbstractSkillpackMojo {

    /**
     * The skills folders: each one skill folder, or a folder with skill folders below it. When left at the
     * default and {@code src/main/skills} does not exist, the goal has nothing to do and says so; a
     * configured folder that does not exist fails the build.
     */
    @Parameter(property = "skillpack.skillsDirectories", defaultValue = "${project.basedir}/src/main/skills")
    protected List<File> skillsDirectories;

    /** A {@code .skillpack.yaml} to use for every folder; by default the nearest one above each skills folder. */
    @Parameter(property = "skillpack.config")
    protected File configFile;

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

    /** The tokenizer for token budgets: {@code o200k_base} or {@code cl100k_base}; by default the configured one. */
    @Parameter(property = "skillpack.tokenizer")
    protected String tokenizer;

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
        var chosenTokenizer = Parameters.tokenizer(tokenizer);
        Optional<Path> config = configFile == null ? Optional.empty()
                : Optional.of(Parameters.existingFile("configFile", configFile.toPath(), base));
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
        return Optional.of(new ValidateSettings(base, folders, config, threshold, reportFormats, reports, client,
                chosenTokenizer, accepted, toWrite, force));
    }
}
