package dev.skillpack.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Copies the skills that the project's dependency jars carry (the classpath layout {@code skillpack:package}
 * writes, with its {@code META-INF/skills/index.json}) into an agent's skills folder, so Claude Code, Codex
 * or any Agent Skills client finds them. Each file is checked against the index's SHA-256. A skill that was
 * changed locally since it was installed is not overwritten unless {@code overwrite} is set.
 */
@Mojo(name = "install-skills", threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class InstallSkillsMojo extends AbstractSkillpackMojo {

    /**
     * The agent whose project skills folder receives the skills: {@code claude-code} ({@code .claude/skills}),
     * {@code agents} ({@code .agents/skills}) or {@code codex} ({@code .codex/skills}), below the project folder.
     */
    @Parameter(property = "skillpack.agent", defaultValue = "claude-code")
    protected String agent;

    /** A skills folder to install into instead of the agent's; wins over {@code agent}. */
    @Parameter(property = "skillpack.installDirectory")
    protected File installDirectory;

    /** Names of the skills to install; by default every skill the dependencies carry. */
    @Parameter(property = "skillpack.skills")
    protected List<String> skills;

    /** Replaces skills that were changed locally (or not installed by skillpack) instead of stopping. */
    @Parameter(property = "skillpack.overwrite", defaultValue = "false")
    protected boolean overwrite;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    protected String goal() {
        return "install-skills";
    }

    @Override
    void run(BuildLog log) throws SetupException {
        Path folder = installDirectory != null ? installDirectory.toPath().toAbsolutePath().normalize()
                : base().resolve(agentFolder(agent));
        Set<String> names = new LinkedHashSet<>();
        for (String value : skills == null ? List.<String>of() : skills) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        List<InstallSkillsGoal.Dependency> jars = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            File file = artifact.getFile();
            if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
                jars.add(new InstallSkillsGoal.Dependency(file.toPath(), artifact.getGroupId() + ":"
                        + artifact.getArtifactId() + ":" + artifact.getVersion()));
            }
        }
        new InstallSkillsGoal(log).run(base(), folder, jars, names, overwrite);
    }

    /**
     * @param agent {@code agent} as written
     * @return the skills folder below the project folder
     */
    static String agentFolder(String agent) throws SetupException {
        String a = agent == null ? "" : agent.strip().toLowerCase(Locale.ROOT);
        return switch (a) {
            case "claude-code", "claude" -> ".claude/skills";
            case "agents", "agentskills" -> ".agents/skills";
            case "codex" -> ".codex/skills";
            default -> throw new SetupException("agent: unknown agent '" + Parameters.shown(agent == null ? "" : agent)
                    + "'; allowed: claude-code, agents, codex (or set installDirectory)");
        };
    }
}
