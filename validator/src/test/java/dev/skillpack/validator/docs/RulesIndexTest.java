package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/index.md is generated from the built-in rules' metadata. This test fails when it is out
 * of date; {@code -Dskillpack.updateDocs=true} rewrites it.
 */
class RulesIndexTest {
    static final Path INDEX = Path.of("../docs/rules/index.md");
    static final String COMMAND = "./mvnw -B -q -pl validator -am test -Dtest=RulesIndexTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dskillpack.updateDocs=true";

    static String render(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n")
                .append("<!-- generated from the rules' metadata by RulesIndexTest; do not edit. Regenerate with:\n")
                .append("     ").append(COMMAND).append(" -->\n\n")
                .append("Every built-in rule, by id. `skillpack rules` prints this table and `skillpack rules ID` a page;\n")
                .append("configure them in `.skillpack.yaml` ([configuration](../configuration.md)) and silence single\n")
                .append("findings with comments ([suppressions](../suppressions.md)).\n\n")
                .append("| id | alias | category | severity | summary |\n")
                .append("|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            out.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | `").append(m.alias())
                    .append("` | ").append(m.category().id()).append(" | ").append(m.defaultSeverity().id())
                    .append(" | ").append(m.summary().replace("|", "\\|")).append(" |\n");
        }
        if (rules.isEmpty()) {
            out.append("| — | — | — | — | no rules yet |\n");
        }
        return out.toString();
    }

    @Test
    void indexListsEveryBuiltInRule() throws IOException {
        String expected = render(BuiltinRules.all());
        if (Boolean.getBoolean("skillpack.updateDocs")) {
            Files.writeString(INDEX, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(INDEX) ? Files.readString(INDEX, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("docs/rules/index.md is out of date; regenerate it with:%n  %s%n", COMMAND)
                .isEqualTo(expected);
    }
}
