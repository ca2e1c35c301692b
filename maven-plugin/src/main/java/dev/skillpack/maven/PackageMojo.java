package dev.skillpack.maven;

import dev.skillpack.core.pack.BuildTimestamp;
import dev.skillpack.core.pack.ClaudePluginInfo;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.License;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packages the skill pack. Validates first (taking the fresh result of {@code skillpack:validate} when
 * nothing changed) and refuses a pack with errors unless {@code packageWithErrors} is set. Then writes
 * the classpath layout ({@code META-INF/resources/skills/<name>/...} and {@code META-INF/skills/index.json})
 * into the classes folder, so the jar maven-jar-plugin builds in {@code package} holds the skills (with
 * the {@code skill-pack} packaging it builds that jar itself), and attaches one {@code .skill} archive per
 * skill (type {@code skill}, classifier the skill's name) and a Claude Code plugin zip (type {@code zip},
 * classifier {@code claude-plugin}), so {@code install} and {@code deploy} publish them. Every archive is
 * reproducible: sorted entries, one time stamp from {@code project.build.outputTimestamp}.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true, requiresProject = true)
public class PackageMojo extends AbstractValidatingMojo {

    /** Packages the pack even when it has errors (a warning says so). */
    @Parameter(property = "skillpack.packageWithErrors", defaultValue = "false")
    protected boolean packageWithErrors;

    /**
     * The time stamp of every archive entry: ISO-8601 with offset or seconds since 1970. When unset (or one
     * character, Maven's "not set"), {@code SOURCE_DATE_EPOCH} from the environment, else 1980-01-01T00:00:00Z,
     * so archives are reproducible either way.
     */
    @Parameter(property = "skillpack.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    /**
     * Files to leave out of every package, gitignore-like ({@code drafts/}, {@code *.tmp}, {@code /evals/}),
     * on top of the build junk always left out: {@code __pycache__/}, {@code node_modules/}, {@code *.pyc},
     * {@code .DS_Store}, {@code /evals/}.
     */
    @Parameter(property = "skillpack.excludes")
    protected List<String> excludes;

    /** Writes and attaches one {@code .skill} archive per skill. */
    @Parameter(property = "skillpack.skillArchives", defaultValue = "true")
    protected boolean skillArchives;

    /** Writes the Claude Code plugin folder ({@code target/skillpack/claude-plugin}) and attaches it as a zip. */
    @Parameter(property = "skillpack.claudePlugin", defaultValue = "true")
    protected boolean claudePlugin;

    /** The Claude Code plugin's name: 1-64 lower-case letters, digits and single hyphens. */
    @Parameter(property = "skillpack.claudePluginName", defaultValue = "${project.artifactId}")
    protected String claudePluginName;

    /** The build folder; every file the goal writes lies below it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /** The classes folder the jar is built from. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    protected File classesDirectory;

    /** The main jar's name without extension, for the {@code skill-pack} packaging. */
    @Parameter(defaultValue = "${project.build.finalName}", readonly = true, required = true)
    protected String finalName;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Component
    protected MavenProjectHelper projectHelper;

    @Override
    protected String goal() {
        return "package";
    }

    @Override
    void run(BuildLog log) throws SetupException, FindingsException {
        Instant timestamp = timestamp(outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"));
        Optional<ClaudePluginInfo> plugin = claudePlugin ? Optional.of(plugin()) : Optional.empty();
        List<String> patterns = Parameters.excludes(excludes);
        Optional<ValidateSettings> validation = settings(log);
        if (validation.isEmpty()) {
            return;
        }
        boolean ownJar = "skill-pack".equals(project.getPackaging());
        PackageSettings settings = new PackageSettings(validation.get(), timestamp, patterns, packageWithErrors,
                buildDirectory.toPath().toAbsolutePath().normalize(),
                classesDirectory.toPath().toAbsolutePath().normalize(), ownJar ? finalName + ".jar" : "",
                skillArchives, plugin);
        new PackageGoal(RuleRegistry.discover(PackageMojo.class.getClassLoader()), log, new ArtifactSink() {
            @Override
            public void attach(String type, String classifier, Path file) {
                projectHelper.attachArtifact(project, type, classifier, file.toFile());
            }

            @Override
            public void mainArtifact(Path jar) {
                project.getArtifact().setFile(jar.toFile());
            }
        }).run(settings);
    }

    /**
     * @param configured {@code outputTimestamp}
     * @param sourceDateEpoch the environment's {@code SOURCE_DATE_EPOCH}, or null
     * @return the archives' time stamp
     */
    static Instant timestamp(String configured, String sourceDateEpoch) throws SetupException {
        try {
            if (configured != null && configured.strip().length() > 1) {
                return BuildTimestamp.parse(configured);
            }
            if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
                return BuildTimestamp.parse(sourceDateEpoch);
            }
            return BuildTimestamp.EARLIEST;
        } catch (IllegalArgumentException e) {
            throw new SetupException("outputTimestamp: " + e.getMessage());
        }
    }

    private ClaudePluginInfo plugin() throws SetupException {
        try {
            String license = project.getLicenses().stream().map(License::getName).filter(n -> n != null && !n.isBlank())
                    .findFirst().orElse("");
            return ClaudePluginInfo.builder(claudePluginName == null ? "" : claudePluginName.strip())
                    .version(nonNull(project.getVersion())).description(nonNull(project.getDescription()))
                    .homepage(nonNull(project.getUrl())).license(license).build();
        } catch (IllegalArgumentException e) {
            throw new SetupException("claudePluginName: " + e.getMessage());
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
