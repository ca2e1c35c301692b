package dev.skillpack.validator.cli;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.write.SkillWriter;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.scaffold.ScaffoldFramework;
import dev.skillpack.validator.scaffold.SkillScaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillpack new NAME}: writes a skill folder that validates with no findings. The skill is
 * built and validated in memory first, so a bad name is refused before anything is written, and an
 * existing folder is never overwritten.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a skill folder (SKILL.md and one reference per framework) that validates clean.")
final class NewCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(paramLabel = "NAME", description = "the skill's name: lower-case letters, digits and hyphens")
    private String name;

    @Option(names = "--references", split = ",", paramLabel = "FRAMEWORK",
            description = "frameworks to write a reference for: flask, django, fastapi, rails, laravel, aspnetcore,"
                    + " spring, express, go")
    private List<String> references = new ArrayList<>();

    @Option(names = "--target", paramLabel = "CLIENT", defaultValue = "agentskills",
            description = "client to validate the new skill for: agentskills, claude-code or codex"
                    + " (default: ${DEFAULT-VALUE})")
    private String target;

    @Option(names = "--dir", paramLabel = "FOLDER", defaultValue = ".",
            description = "where the skill folder is created (default: the current folder)")
    private String dir;

    NewCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Target client = Target.byId(target).orElseThrow(() -> new UsageException("unknown target '" + target
                + "'; use agentskills, claude-code or codex"));
        Map<String, ScaffoldFramework> frameworks = new LinkedHashMap<>();
        for (String key : references) {
            String wanted = key.strip();
            ScaffoldFramework framework = ScaffoldFramework.byKey(wanted).orElseThrow(() -> new UsageException(
                    "unknown framework '" + UntrustedText.line(wanted) + "' in --references; use one of "
                            + String.join(", ", ScaffoldFramework.ALL.stream().map(ScaffoldFramework::key).toList())));
            frameworks.put(framework.key(), framework);
        }
        Path folder = env.resolve(dir).resolve(name).normalize();
        if (!folder.getParent().equals(env.resolve(dir)) || name.isBlank()) {
            throw new UsageException("name '" + UntrustedText.line(name) + "' cannot be a folder name");
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(env.display(folder) + " already exists; choose another name or remove it");
        }
        Skill skill = SkillScaffold.of(name, List.copyOf(frameworks.values())).build();
        List<Finding> findings = check(skill, client);
        if (!findings.isEmpty()) {
            for (Finding f : findings) {
                env.err().println("skillpack: " + name + ": " + UntrustedText.line(f.message()));
            }
            env.err().println("skillpack: nothing was written");
            return ExitCodes.USAGE;
        }
        try {
            SkillWriter.write(skill, folder);
        } catch (IOException e) {
            throw new UsageException("cannot write " + env.display(folder) + ": " + Paths.reason(e));
        }
        String shown = env.display(folder);
        env.out().println("created " + shown + " (" + skill.resources().size()
                + (skill.resources().size() == 1 ? " file" : " files") + "); it validates with no findings for "
                + client.id() + ".");
        env.out().println("next: edit " + shown + "/SKILL.md, then run: skillpack validate " + shown);
        return ExitCodes.OK;
    }

    /** The new skill's findings with every rule at its default settings for the chosen client. */
    private List<Finding> check(Skill skill, Target client) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        skill.resources().forEach(r -> files.put(r.path(), r.content().orElseThrow().toByteArray()));
        Validator validator = Validator.builder().rules(env.rules().get().rules())
                .config(ValidatorConfig.defaults().withTarget(client)).build();
        ValidationResult result = validator.validate(MemorySkillSource.of(name, files));
        return result.active();
    }
}
