package dev.skillpack.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rules.budget.BodyLinesRule;
import dev.skillpack.validator.rules.budget.BodyTokensRule;
import dev.skillpack.validator.rules.budget.FolderSizeRule;
import dev.skillpack.validator.rules.budget.MetadataTokensRule;
import dev.skillpack.validator.rules.budget.NotSkillShapedRule;
import dev.skillpack.validator.rules.budget.OtherFilesTokensRule;
import dev.skillpack.validator.rules.budget.PackMetadataTokensRule;
import dev.skillpack.validator.rules.budget.ReferenceTokensRule;
import dev.skillpack.validator.rules.budget.ReferencesTotalRule;
import dev.skillpack.validator.rules.structure.DirectiveExampleRule;
import dev.skillpack.validator.rules.structure.FenceLanguageMissingRule;
import dev.skillpack.validator.rules.structure.FrameworkFenceLanguageRule;
import dev.skillpack.validator.rules.structure.MissingHeadingsRule;
import dev.skillpack.validator.rules.structure.NestedFolderRule;
import dev.skillpack.validator.rules.structure.ReferenceChainRule;
import dev.skillpack.validator.rules.structure.ReferenceTocRule;
import dev.skillpack.validator.rules.structure.StrayRootFileRule;
import dev.skillpack.validator.rules.structure.UnknownRootFolderRule;
import dev.skillpack.validator.rules.structure.UnlinkedPathRule;
import dev.skillpack.validator.rules.structure.UnreachedFileRule;
import dev.skillpack.validator.rules.structure.UserHomePathRule;
import dev.skillpack.validator.testing.RuleFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each option of the budget and structure rules changes what the rule reports. */
class RuleOptionsTest {
    private static final Path RULES = Path.of("src/test/resources/rules");

    private static List<String> run(Rule rule, String caseName, Map<String, Object> options) {
        String prefix = RULES.resolve(caseName).toString().replace('\\', '/') + "/";
        return RuleFixtures.run(rule, RULES.resolve(caseName), new RuleConfig(true, null, options)).stream()
                .map((Finding f) -> (f.span().path().startsWith(prefix) ? f.span().path().substring(prefix.length())
                        : ".") + ":" + f.span().line() + " " + f.message())
                .toList();
    }

    @Test
    void budgetsAreConfigurable() {
        assertThat(run(new BodyTokensRule(), "SP101/good", Map.of("max-tokens", 100))).singleElement().asString()
                .startsWith("short-body-skill/SKILL.md:5 SKILL.md body is ").contains("the budget is 100 —");
        assertThat(run(new BodyLinesRule(), "SP102/good", Map.of("max-lines", 100))).containsExactly(
                "five-hundred-lines/SKILL.md:105 SKILL.md body is 500 lines; the limit is 100 and this is the first "
                        + "line over it — move detail into reference files");
        assertThat(run(new MetadataTokensRule(), "SP103/good", Map.of("max-tokens", 10))).hasSize(1);
        assertThat(run(new ReferenceTokensRule(), "SP104/good", Map.of("max-tokens", 1000))).hasSize(1);
        assertThat(run(new OtherFilesTokensRule(), "SP106/good", Map.of("max-tokens", 100))).singleElement()
                .asString().contains("(largest: notes/scratch.txt 500)");
        assertThat(run(new NotSkillShapedRule(), "SP107/good", Map.of("ratio", 1))).hasSize(1);
        assertThat(run(new NotSkillShapedRule(), "SP107/bad", Map.of("min-tokens", 30000))).isEmpty();
        assertThat(run(new FolderSizeRule(), "SP108/good", Map.of("max-bytes", 500))).containsExactly(
                "light-assets/SKILL.md:1 the skill's 2 files total 1 KiB; the limit is 500 bytes, the largest skill "
                        + "Claude accepts for upload — remove or shrink the largest files (assets/blank.bin 1 KiB, "
                        + "SKILL.md 178 bytes)");
        assertThat(run(new PackMetadataTokensRule(), "SP109/good", Map.of("max-tokens", 10))).singleElement()
                .asString().startsWith(".:1 the 3 skills in this pack spend ");
    }

    @Test
    void alternativesCountAsTheirLargestMember() {
        assertThat(run(new ReferencesTotalRule(), "SP105/bad", Map.of())).hasSize(1);
        assertThat(run(new ReferencesTotalRule(), "SP105/bad", Map.of("alternatives", List.of("references/*.md"))))
                .isEmpty();
        // two alternatives in one group; php-laravel.md still counts in full: 9,006 + 9,006 is under 25,000
        assertThat(run(new ReferencesTotalRule(), "SP105/bad",
                Map.of("alternatives", List.of("references/python-* references/ruby-*")))).isEmpty();
        assertThat(run(new ReferencesTotalRule(), "SP105/bad", Map.of("alternatives", List.of("references/python-*"),
                "max-tokens", 20000))).hasSize(1);
    }

    @Test
    void layoutRulesTakeTheirExemptions() {
        assertThat(run(new UnknownRootFolderRule(), "SP201/bad", Map.of("allowed-folders", List.of("docs", "build"))))
                .isEmpty();
        assertThat(run(new StrayRootFileRule(), "SP202/bad", Map.of("exempt", List.of("README*", "notes.txt"))))
                .isEmpty();
        assertThat(run(new NestedFolderRule(), "SP203/bad", Map.of("folders", List.of("references")))).containsExactly(
                "deep-references/references/api:1 references/api/ is a folder inside references/; keep files directly "
                        + "in references/ so their paths stay short and easy to name");
        assertThat(run(new UnreachedFileRule(), "SP204/bad", Map.of("exclude", List.of("scripts/old_*.py"))))
                .singleElement().asString().startsWith("dead-files/examples/draft.md:1 ");
        assertThat(run(new UnreachedFileRule(), "SP204/good", Map.of("all-files", true))).containsExactly(
                "live-files/scripts/schemas/form.xsd:1 scripts/schemas/form.xsd is never named in SKILL.md or in any "
                        + "file it leads to, so the agent will not read it; name it where it is needed, or remove it");
        assertThat(run(new ReferenceChainRule(), "SP208/bad", Map.of("max-depth", 2))).isEmpty();
    }

    @Test
    void contentRulesTakeTheirThresholds() {
        assertThat(run(new ReferenceTocRule(), "SP209/bad", Map.of("min-lines", 200))).isEmpty();
        assertThat(run(new ReferenceTocRule(), "SP209/bad", Map.of("window", 1))).hasSize(1);
        assertThat(run(new ReferenceTocRule(), "SP209/good", Map.of("window", 2))).containsExactly(
                "contents-reference/references/api.md:1 references/api.md is 137 lines with no table of contents in "
                        + "its first 2 lines; list its sections as links at the top so an agent that reads only the "
                        + "start sees what it covers");
        assertThat(run(new ReferenceTocRule(), "SP209/bad", Map.of("paths", List.of("docs/**")))).isEmpty();
        assertThat(run(new ReferenceTocRule(), "SP209/bad", Map.of("min-sections", 5))).isEmpty();
        assertThat(run(new UserHomePathRule(), "SP212/bad", Map.of("generic-users", List.of("alice", "bob"))))
                .singleElement().asString().startsWith("home-paths/scripts/run.sh:2 ");
        assertThat(run(new MissingHeadingsRule(), "SP213/bad", Map.of("max-lines", 30))).isEmpty();
        assertThat(run(new UnlinkedPathRule(), "SP214/good", Map.of("include-code-spans", true))).containsExactly(
                "linked-paths/SKILL.md:8 'references/extra.md' is named but not linked; write "
                        + "[references/extra.md](references/extra.md) so agents and readers can follow it");
        assertThat(run(new DirectiveExampleRule(), "SP216/bad", Map.of("max-directive-words", 200,
                "require-example", "never"))).singleElement().asString().contains("section \"CSRF\" is empty");
        assertThat(run(new DirectiveExampleRule(), "SP216/good", Map.of("require-example", "always"))).containsExactly(
                "directive-reference/references/flask.md:15 section \"Sessions\" gives a directive but shows no example; "
                        + "add a short code block that shows it applied",
                "directive-reference/references/flask.md:41 section \"Secrets\" gives a directive but shows no example; "
                        + "add a short code block that shows it applied",
                // the code-level check passes these (a flag, a folder, a file, a value, a question, a bare command,
                // a name far from the verb); "always" still asks each for an example
                "directive-reference/references/flask.md:45 section \"Compiler warnings\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied",
                "directive-reference/references/flask.md:49 section \"Project layout\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied",
                "directive-reference/references/flask.md:53 section \"Limitations\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied",
                "directive-reference/references/flask.md:57 section \"Ambiguity\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied",
                "directive-reference/references/flask.md:61 section \"Wildcards\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied",
                "directive-reference/references/flask.md:65 section \"Searching\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied",
                "directive-reference/references/flask.md:69 section \"Placement\" gives a directive but shows no "
                        + "example; add a short code block that shows it applied");
        assertThat(run(new DirectiveExampleRule(), "SP216/bad", Map.of("code-verbs", List.of("call")))).hasSize(2);
        assertThat(run(new DirectiveExampleRule(), "SP216/bad", Map.of("paths", List.of("docs/**")))).isEmpty();
    }

    @Test
    void languageMapsAreConfigurable() {
        assertThat(run(new FrameworkFenceLanguageRule(), "SP218/good", Map.of("frameworks",
                Map.of("python", "python")))).containsExactly(
                "consistent-languages/references/python-flask.md:15 references/python-flask.md is named for python "
                        + "but this example is jinja; show the python way, or move the example to the file for jinja");
        assertThat(run(new FrameworkFenceLanguageRule(), "SP218/bad", Map.of("neutral-languages", List.of("ruby"))))
                .isEmpty();
        assertThat(run(new FenceLanguageMissingRule(), "SP219/good", Map.of("all-files", true))).hasSize(4);
    }
}
