package dev.skillpack.validator.scaffold;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.SkillBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The skill {@code skillpack new} writes: front matter with a description that says what and when, a
 * body that names each reference by path, and one reference per framework whose single section is a
 * directive followed by its example. Built in memory, so the caller can validate it before writing.
 *
 * <pre>{@code
 * Skill skill = SkillScaffold.of("securing-flask-apps", List.of(ScaffoldFramework.byKey("flask").orElseThrow()))
 *         .build();
 * }</pre>
 *
 * @param name the skill's name (also its folder)
 * @param frameworks the references to write, in the order given
 */
public record SkillScaffold(String name, List<ScaffoldFramework> frameworks) {

    /** Copies the list. */
    public SkillScaffold {
        Objects.requireNonNull(name, "name");
        frameworks = List.copyOf(frameworks);
    }

    /**
     * @param name the skill's name
     * @param frameworks the references to write
     * @return the scaffold
     */
    public static SkillScaffold of(String name, List<ScaffoldFramework> frameworks) {
        return new SkillScaffold(name, frameworks);
    }

    /** @return the skill, parsed from the rendered files */
    public Skill build() {
        SkillBuilder skill = SkillBuilder.create().name(name).description(description());
        skill.preamble(body());
        for (ScaffoldFramework f : frameworks) {
            skill.reference(f.path(), reference(f));
        }
        return skill.build();
    }

    private String title() {
        String words = name.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private String description() {
        String subject = name.replace('-', ' ');
        if (frameworks.isEmpty()) {
            return "Gives the steps for " + subject + ". Use when the user asks for help with " + subject + ".";
        }
        String names = String.join(", ", frameworks.stream().map(ScaffoldFramework::title).toList());
        return "Gives framework-specific steps for " + subject + " in " + names + " projects. Use when the user"
                + " asks for help with " + subject + " in one of those frameworks.";
    }

    private String body() {
        StringBuilder md = new StringBuilder("# ").append(title()).append("\n\n");
        if (frameworks.isEmpty()) {
            md.append("State the task this skill performs in one sentence.\n\n")
                    .append("## Steps\n\n")
                    .append("1. Name the file or command the agent starts with.\n")
                    .append("2. Name the check that proves the task is done.\n");
            return md.toString();
        }
        md.append("## Pick the reference\n\n")
                .append("Find the framework from the project's files, then read the one reference that matches:\n\n")
                .append("| project has | read |\n| --- | --- |\n");
        for (ScaffoldFramework f : frameworks) {
            md.append("| ").append(f.marker()).append(" | `").append(f.path()).append("` |\n");
        }
        md.append("\nWhen no row matches, say so and stop; do not apply another framework's reference.\n\n")
                .append("## Apply it\n\n")
                .append("Apply every section of that reference: follow its directive and reuse its example, "
                        + "merged into the existing code.\n");
        return md.toString();
    }

    private static String reference(ScaffoldFramework f) {
        return "# " + f.title() + "\n\n"
                + "Each section is one directive followed by the code that carries it out.\n\n"
                + "## First rule\n\n"
                + f.directive() + "\n\n"
                + "```" + f.fence() + "\n" + f.example() + "\n```\n";
    }
}
