package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rules.structure.LineEndingsRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixes reach text files that are not Markdown, such as scripts. */
class ScriptFixTest {
    @TempDir
    Path dir;

    @Test
    void lineEndingFixRewritesAScriptAndNothingElse() throws Exception {
        Path skill = Files.createDirectories(dir.resolve("deploy-helper"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: deploy-helper\ndescription: Deploys the app. "
                + "Use when asked to deploy.\n---\n\nRun [scripts/run.sh](scripts/run.sh).\n");
        Path script = Files.createDirectories(skill.resolve("scripts")).resolve("run.sh");
        Files.write(script, "#!/bin/sh\r\necho deploying\r\n".getBytes(StandardCharsets.UTF_8));

        ValidationResult result = Validator.builder().rules(List.of(new LineEndingsRule())).build().validate(dir);
        assertThat(result.findings()).extracting(f -> f.span().path()).anyMatch(p -> p.endsWith("scripts/run.sh"));

        // the line-ending fix runs only when its rule is asked for
        assertThat(Fixer.plan(result, false).files()).isEmpty();
        Fixer.Plan plan = Fixer.plan(result, false, java.util.Set.of("SP221"));
        assertThat(Fixer.write(plan, p -> Optional.of(new Fixer.Location(Path.of(p), dir)))).isEmpty();
        assertThat(Files.readString(script, StandardCharsets.UTF_8)).isEqualTo("#!/bin/sh\necho deploying\n");
    }
}
