package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesAndTokensCommandTest {
    @TempDir
    Path dir;

    @Test
    void rulesListsEveryRuleAndPrintsOne() {
        CliRunner cli = CliRunner.in(dir, SampleRules.all());
        CliRunner.Result list = cli.run("rules");
        assertThat(list.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).isEqualTo("""
                id     alias          category   severity  fix     summary
                XT001  sample-todo    concise    error     safe    Flags TODO placeholders (test rule)
                XT002  sample-sprawl  structure  info      unsafe  Flags sprawling paragraphs (test rule)
                """);
        CliRunner.Result one = cli.run("rules", "sample-todo");
        assertThat(one.out()).startsWith("# XT001 sample-todo\n\nCategory: concise\nDefault severity: error\n")
                .contains("  limit (integer, default 10): ignored, for config tests\n")
                .endsWith("(no documentation page is bundled for this rule)\n");
        CliRunner.Result unknown = cli.run("rules", "XT404");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("skillpack: unknown rule 'XT404'; run 'skillpack rules' to list ids and"
                + " aliases\n");
        CliRunner.Result nearMiss = cli.run("rules", "sample-todos");
        assertThat(nearMiss.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nearMiss.err()).isEqualTo("skillpack: unknown rule 'sample-todos'; did you mean 'sample-todo'?; "
                + "run 'skillpack rules' to list ids and aliases\n");
        assertThat(cli.run("validate", "--rule", "sampel-sprawl", ".").err()).isEqualTo("skillpack: unknown rule "
                + "'sampel-sprawl'; did you mean 'sample-sprawl'?; run 'skillpack rules' to list ids and aliases\n");
    }

    @Test
    void rulesPrintsBuiltInDocPagesFromTheJar() {
        CliRunner cli = CliRunner.in(dir, BuiltinRules.all());
        for (var rule : BuiltinRules.all()) {
            CliRunner.Result page = cli.run("rules", rule.meta().id());
            assertThat(page.out()).startsWith("# " + rule.meta().id() + " " + rule.meta().alias() + "\n");
        }
        assertThat(cli.run("rules").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void tokensShowsFilesSectionsBudgetsAndConciseDensity() {
        TempSkills.skill(dir, "pack/a", "# A\n\nSome words here. TODO.\n\n## Part\n\nMore words.\n");
        TempSkills.write(dir, "pack/a/references/r.md", "# R\n\nReference text.\n");
        CliRunner cli = CliRunner.in(dir, SampleRules.all());
        CliRunner.Result text = cli.run("tokens", "pack");
        assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).startsWith("pack/a (o200k_base)\n  metadata (name + description, loaded for every"
                + " installed skill): ")
                .contains("  file / section   tokens  lines  budget  used  concise/1k\n")
                .contains("  SKILL.md (body)")
                .contains("    # A  ")
                .contains("      ## Part  ")
                .contains("  references/r.md ")
                .endsWith("pack: 1 skill, " + metadataTokens(cli) + " metadata tokens always loaded\n");

        JsonNode json = JsonMapper.builder().build().readTree(cli.run("tokens", "pack", "--format", "json").out());
        assertThat(json.path("tokenizer").stringValue()).isEqualTo("o200k_base");
        JsonNode files = json.path("skills").get(0).path("files");
        assertThat(files.get(0).path("kind").stringValue()).isEqualTo("body");
        assertThat(files.get(0).path("budget").intValue()).isEqualTo(TokensCommand.DEFAULT_BODY_BUDGET);
        assertThat(files.get(1).path("budget").intValue()).isEqualTo(TokensCommand.DEFAULT_REFERENCE_BUDGET);
        assertThat(files.get(0).path("lines").intValue()).isEqualTo(7);
        int bodyTokens = files.get(0).path("tokens").intValue();
        assertThat(bodyTokens).isPositive();
        assertThat(files.get(0).path("conciseFindingsPer1000Tokens").doubleValue())
                .isEqualTo(Math.round(1000.0 / bodyTokens * 10) / 10.0);
        assertThat(files.get(0).path("sections")).extracting(s -> s.path("heading").stringValue())
                .containsExactly("A", "Part");
        assertThat(files.get(1).path("conciseFindingsPer1000Tokens").doubleValue()).isZero();

        CliRunner.Result cl100k = cli.run("tokens", "pack", "--tokenizer", "cl100k_base");
        assertThat(cl100k.out()).startsWith("pack/a (cl100k_base)\n");
        CliRunner.Result bad = cli.run("tokens", "nowhere");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("skillpack: no such file or folder: nowhere\n");
        assertThat(CliRunner.in(dir, List.of()).run("tokens", "pack", "--format", "json").out())
                .contains("\"conciseFindingsPer1000Tokens\": null");
    }

    private static int metadataTokens(CliRunner cli) {
        JsonNode json = JsonMapper.builder().build().readTree(cli.run("tokens", "pack", "--format", "json").out());
        return json.path("pack").path("metadataTokens").intValue();
    }
}
