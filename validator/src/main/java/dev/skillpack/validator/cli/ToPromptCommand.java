package dev.skillpack.validator.cli;

import dev.skillpack.core.catalog.AvailableSkillsPrompt;
import dev.skillpack.core.catalog.PromptEntry;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.text.UntrustedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code skillpack to-prompt DIR...}: the {@code <available_skills>} block an agent puts in its system
 * prompt, byte for byte as the reference validator prints it: every tag and value on its own line,
 * values HTML-escaped ({@code & < > " '}), the location the real absolute path of the skill file.
 * The block itself is core's {@link AvailableSkillsPrompt}, which {@code SkillCatalog} prints too.
 */
@Command(name = "to-prompt", mixinStandardHelpOptions = true,
        description = "Print the <available_skills> XML for skill folders (like skills-ref to-prompt).")
final class ToPromptCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "skill folders")
    private List<String> dirs = new ArrayList<>();

    ToPromptCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<PromptEntry> entries = new ArrayList<>();
        boolean failed = false;
        for (String dir : dirs) {
            Skill skill = ReadPropertiesCommand.read(env, dir, "to-prompt");
            if (!ReadPropertiesCommand.fatalProblems(env, skill)) {
                failed = true;
                continue;
            }
            String name = skill.frontmatter().name().map(String::strip).orElse("");
            String description = skill.frontmatter().description().map(String::strip).orElse("");
            if (name.isEmpty() || description.isEmpty()) {
                env.err().println(UntrustedText.noWorkflowCommand(UntrustedText.line(skill.skillFile().path()))
                    + ":1:1: front matter needs a non-empty "
                        + (name.isEmpty() ? "name" : "description"));
                failed = true;
                continue;
            }
            entries.add(new PromptEntry(name, description, location(dir)));
        }
        if (failed) {
            return ExitCodes.FINDINGS;
        }
        env.out().print(AvailableSkillsPrompt.render(entries));
        return ExitCodes.OK;
    }

    private String location(String dir) {
        Path folder = Paths.folder(env, dir).folder();
        try {
            Path real = folder.toRealPath();
            String file = Files.exists(real.resolve("SKILL.md")) ? "SKILL.md" : "skill.md";
            return real.resolve(file).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UsageException("cannot resolve " + dir + ": " + Paths.reason(e));
        }
    }
}
