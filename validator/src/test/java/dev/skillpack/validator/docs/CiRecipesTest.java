package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The CI recipes in docs/ci.md are real: the pre-commit hook and the GitHub Actions workflow parse, their
 * skillpack commands run against the example pack, and the SARIF file the workflow uploads is the one it writes.
 */
class CiRecipesTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void preCommitHookRunsOnSkillFilesAndValidates() throws Exception {
        JsonNode hooks = YAML.readTree(Files.readString(REPO.resolve(".pre-commit-hooks.yaml")));
        assertThat(hooks.size()).isEqualTo(1);
        JsonNode hook = hooks.get(0);
        assertThat(hook.get("id").asString()).isEqualTo("skillpack-validate");
        assertThat(hook.get("language").asString()).isEqualTo("system");
        assertThat(hook.get("pass_filenames").asBoolean()).isFalse();
        Pattern files = Pattern.compile(hook.get("files").asString());
        assertThat(List.of("SKILL.md", "skills/pdf/SKILL.md", "skills/pdf/references/forms.md", ".skillpack.yaml",
                "skills/pdf/scripts/fill.py")).allMatch(p -> files.matcher(p).find());
        assertThat(List.of("README.md", "src/Main.java", "docs/SKILL.md.bak")).noneMatch(p -> files.matcher(p).find());

        List<String> command = new ArrayList<>(List.of(hook.get("entry").asString().split(" ")));
        assertThat(command.remove(0)).isEqualTo("skillpack");
        command.add("example-skills/src/main/skills");
        CliRunner.Result r = CliRunner.in(REPO, BuiltinRules.all()).run(command.toArray(String[]::new));
        assertThat(r.out()).startsWith("no problems in 1 skill");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void githubWorkflowUploadsTheSarifItWrites() throws Exception {
        JsonNode workflow = YAML.readTree(Files.readString(REPO.resolve("docs/ci/github-actions.yml")));
        assertThat(workflow.get("permissions").get("security-events").asString()).isEqualTo("write");
        JsonNode steps = workflow.get("jobs").get("validate").get("steps");
        String sarifFile = null;
        int ran = 0;
        for (JsonNode step : steps) {
            if (step.has("with") && step.get("with").has("sarif_file")) {
                sarifFile = step.get("with").get("sarif_file").asString();
            }
            if (step.has("run") && step.get("run").asString().startsWith("./skillpack ")) {
                List<String> args = new ArrayList<>(List.of(step.get("run").asString().strip().split(" ")));
                args.remove(0);
                args.replaceAll(a -> a.equals("skills") ? "example-skills/src/main/skills" : a);
                args.replaceAll(a -> a.equals("skillpack.sarif") ? dir.resolve("skillpack.sarif").toString() : a);
                CliRunner.Result r = CliRunner.in(REPO, BuiltinRules.all()).run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(step.get("run").asString() + "\n" + r.err()).isZero();
                ran++;
            }
        }
        assertThat(ran).isEqualTo(2);
        assertThat(sarifFile).isEqualTo("skillpack.sarif");
        String sarif = Files.readString(dir.resolve("skillpack.sarif"));
        assertThat(sarif).contains("\"version\": \"2.1.0\"").contains("\"name\": \"skillpack\"");
    }

    @Test
    void gitlabJobWritesTheCodeQualityAndJunitReportsItDeclares() throws Exception {
        String recipe = Files.readString(REPO.resolve("docs/ci/gitlab-ci.yml"));
        String body = recipe.lines().filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(Files.readString(REPO.resolve("docs/ci.md"))).as("docs/ci.md shows the recipe as it is")
                .contains("```yaml\n" + body + "\n```");
        JsonNode job = YAML.readTree(recipe).get("skillpack");
        JsonNode reports = job.get("artifacts").get("reports");
        String codequality = reports.get("codequality").asString();
        String junit = reports.get("junit").asString();
        int ran = 0;
        for (JsonNode line : job.get("script")) {
            List<String> args = new ArrayList<>(List.of(line.asString().strip().split(" ")));
            assertThat(args.remove(0)).isEqualTo("./skillpack");
            args.replaceAll(a -> a.equals("skills") ? "example-skills/src/main/skills" : a);
            args.replaceAll(a -> a.equals(codequality) || a.equals(junit) ? dir.resolve(a).toString() : a);
            CliRunner.Result r = CliRunner.in(REPO, BuiltinRules.all()).run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(line.asString() + "\n" + r.err()).isZero();
            ran++;
        }
        assertThat(ran).isEqualTo(2);
        JsonNode quality = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(dir.resolve(codequality)));
        assertThat(quality.isArray()).isTrue();
        assertThat(quality.size()).isZero();
        assertThat(Files.readString(dir.resolve(junit))).startsWith("<?xml").contains("<testsuite");
    }
}
