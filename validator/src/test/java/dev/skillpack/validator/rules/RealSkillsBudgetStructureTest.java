package dev.skillpack.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rules.budget.BudgetRules;
import dev.skillpack.validator.rules.structure.StructureRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget and structure rules, at their defaults, on the real skills checked in under core's test
 * resources (older copies of Anthropic and OpenAI skills) and on this project's example skill. Every
 * finding listed here was judged deserved; anything else is a false positive.
 */
class RealSkillsBudgetStructureTest {
    private static final Path REAL = Path.of("../core/src/test/resources/real-skills");

    private static List<String> findings(Path folder) {
        List<Rule> rules = new ArrayList<>(BudgetRules.all());
        rules.addAll(StructureRules.all());
        String prefix = DirectorySkillSource.displayOf(folder) + "/";
        return Validator.builder().rules(rules).build().validate(folder).findings().stream()
                .map((Finding f) -> f.ruleId() + " " + f.span().path().substring(prefix.length()) + ":"
                        + f.span().line() + " " + f.message())
                .toList();
    }

    @Test
    void anthropicSkillsGetOnlyTheMissingFinalNewlines() {
        assertThat(findings(REAL.resolve("anthropics"))).containsExactly(
                "SP220 internal-comms/examples/3p-updates.md:47 examples/3p-updates.md does not end with a line "
                        + "break; add one after the last line",
                "SP220 internal-comms/examples/faq-answers.md:30 examples/faq-answers.md does not end with a line "
                        + "break; add one after the last line",
                "SP220 internal-comms/examples/general-comms.md:16 examples/general-comms.md does not end with a line "
                        + "break; add one after the last line",
                "SP220 mcp-builder/reference/evaluation.md:602 reference/evaluation.md does not end with a line "
                        + "break; add one after the last line",
                "SP220 mcp-builder/reference/node_mcp_server.md:970 reference/node_mcp_server.md does not end with a "
                        + "line break; add one after the last line",
                "SP220 mcp-builder/reference/python_mcp_server.md:719 reference/python_mcp_server.md does not end "
                        + "with a line break; add one after the last line");
    }

    @Test
    void openAiNotionExampleHasAFenceThatSwallowsTheRestOfTheFile() {
        // line 37 opens ```markdown and line 55's indented ``` closes it, so the fences after it pair up wrongly
        assertThat(findings(REAL.resolve("openai"))).containsExactly(
                "SP210 notion-knowledge-capture/examples/how-to-guide.md:110 code fence opened on line 110 is never "
                        + "closed, so everything after it reads as code; close it with a line '```'");
    }

    @Test
    void exampleSkillIsClean() {
        assertThat(findings(Path.of("../example-skills/src/main/skills"))).isEmpty();
    }
}
