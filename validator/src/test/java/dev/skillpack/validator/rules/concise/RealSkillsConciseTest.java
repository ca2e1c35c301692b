package dev.skillpack.validator.rules.concise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The concise rules at their defaults on the published skills checked in under core's
 * {@code real-skills/} (four of Anthropic's, three of OpenAI's). Good skills must stay quiet: what is
 * left here was read and judged a real finding. A new finding in this list is either a false positive
 * to fix in the rule or a true one to add here with the reason.
 */
class RealSkillsConciseTest {
    private static final Path REAL_SKILLS = Path.of("../core/src/test/resources/real-skills");

    @Test
    void onlyTheFindingsJudgedRightRemain() {
        List<Finding> findings = Validator.builder().rules(ConciseRules.all()).build().validate(REAL_SKILLS)
                .findings();
        String prefix = DirectorySkillSource.displayOf(REAL_SKILLS) + "/";
        List<String> lines = findings.stream().map(f -> f.span().path().replace(prefix, "") + ":" + f.span().line()
                + " " + f.ruleId() + " " + f.message()).toList();
        assertThat(lines).containsExactly(
                // the phrase has an exact shorter form
                "anthropics/mcp-builder/reference/evaluation.md:142 SP319 \"the vast majority of\" can be just"
                        + " \"most\"",
                // the agent reads the guide for one database plus the best-practices file, which repeats
                // the same create-database example word for word
                "openai/notion-knowledge-capture/reference/documentation-database.md:46 SP306 this code block"
                        + " repeats reference/database-best-practices.md:42-79, so 257 tokens are paid twice when"
                        + " both are loaded; keep one copy and point to it");
    }
}
