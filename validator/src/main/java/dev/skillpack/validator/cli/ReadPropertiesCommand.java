package dev.skillpack.validator.cli;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code skillpack read-properties DIR}: the front matter's spec fields as JSON, in the layout of the
 * reference validator (two-space indent, ASCII escapes, fields name, description, license,
 * compatibility, allowed-tools, metadata, absent ones left out).
 */
@Command(name = "read-properties", mixinStandardHelpOptions = true,
        description = "Print a skill's front-matter properties as JSON (like skills-ref read-properties).")
final class ReadPropertiesCommand implements Callable<Integer> {
    /** Problems that leave no properties to print. */
    private static final Set<ProblemCode> FATAL = Set.of(ProblemCode.FRONTMATTER_MISSING,
            ProblemCode.FRONTMATTER_UNCLOSED, ProblemCode.YAML_SYNTAX, ProblemCode.YAML_NOT_MAPPING,
            ProblemCode.YAML_ALIAS, ProblemCode.YAML_LIMIT, ProblemCode.ENCODING, ProblemCode.SKILL_FILE_MISSING,
            ProblemCode.UNREADABLE, ProblemCode.FILE_TOO_LARGE);

    private final CliEnvironment env;

    @Parameters(paramLabel = "DIR", description = "a skill folder (or its SKILL.md)")
    private String dir;

    ReadPropertiesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Skill skill = read(env, dir, "read-properties");
        if (!fatalProblems(env, skill)) {
            return ExitCodes.FINDINGS;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        String name = skill.frontmatter().name().map(String::strip).orElse("");
        String description = skill.frontmatter().description().map(String::strip).orElse("");
        if (name.isEmpty() || description.isEmpty()) {
            env.err().println(UntrustedText.noWorkflowCommand(UntrustedText.line(skill.skillFile().path()))
                    + ":1:1: front matter needs a non-empty "
                    + (name.isEmpty() ? "name" : "description"));
            return ExitCodes.FINDINGS;
        }
        props.put("name", name);
        props.put("description", description);
        skill.frontmatter().license().ifPresent(v -> props.put("license", v));
        skill.frontmatter().compatibility().ifPresent(v -> props.put("compatibility", v));
        skill.frontmatter().allowedTools().ifPresent(v -> props.put("allowed-tools", v));
        Optional<YamlEntry> metadata = skill.frontmatter().entry("metadata");
        if (metadata.isPresent() && metadata.get().value() instanceof YamlMapping mapping
                && !mapping.entries().isEmpty()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (YamlEntry e : mapping.entries()) {
                if (e.value() instanceof YamlScalar s) {
                    values.put(e.key(), s.text());
                }
            }
            props.put("metadata", values);
        }
        env.out().println(JsonWriter.prettyAscii(props));
        return ExitCodes.OK;
    }

    /** Reads one skill folder given on the command line. */
    static Skill read(CliEnvironment env, String given, String command) {
        Paths.Folder folder = Paths.folder(env, given);
        List<Skill> skills = SkillParser.create().parsePack(new DirectorySkillSource(folder.folder(), folder.display(),
                SourceLimits.defaults())).skills();
        return skills.stream().filter(s -> s.path().equals(folder.display())).findFirst()
                .orElseThrow(() -> new UsageException(notASkill(given, command, skills)));
    }

    /** What to say when the folder given is not a skill: which skills it holds, and how to name one. */
    static String notASkill(String given, String command, List<Skill> skills) {
        String shown = UntrustedText.line(given);
        if (skills.isEmpty()) {
            return "no SKILL.md in " + shown + " or any folder below it; give a skill folder (one holding SKILL.md)";
        }
        int listed = Math.min(skills.size(), 5);
        String names = String.join(", ", skills.subList(0, listed).stream()
                .map(s -> UntrustedText.line(s.path())).toList()) + (skills.size() > listed ? ", …" : "");
        return shown + " is not a skill but a folder of " + skills.size() + (skills.size() == 1 ? " skill" : " skills")
                + " (" + names + "); give one skill folder, e.g. skillpack " + command + " "
                + UntrustedText.line(skills.get(0).path());
    }

    /** Prints problems that leave nothing to read; returns whether the skill is readable. */
    static boolean fatalProblems(CliEnvironment env, Skill skill) {
        List<ParseProblem> fatal = skill.problems().stream().filter(p -> FATAL.contains(p.code())).toList();
        for (ParseProblem p : fatal) {
            env.err().println(UntrustedText.noWorkflowCommand(UntrustedText.line(p.span().path() + ":"
                    + p.span().line() + ":" + p.span().column() + ": " + p.message())));
        }
        return fatal.isEmpty();
    }
}
