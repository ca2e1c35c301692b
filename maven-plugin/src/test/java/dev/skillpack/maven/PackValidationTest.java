package dev.skillpack.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.ValidationOutcome;
import dev.skillpack.validator.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackValidationTest {
    @TempDir
    Path project;

    @Test
    void reportsPathsRelativeToTheProjectAndSummarises() throws Exception {
        Path skill = Files.createDirectories(project.resolve("src/main/skills/release-notes"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: release-notes\ndescription: Drafts release notes "
                + "from merged pull requests. Use when preparing a release.\n---\n\n# Release notes\n\nList merged "
                + "pull requests with `git log --merges`.\n");
        ValidationOutcome outcome = PackValidation.validate(project, project.resolve("src/main/skills"),
                Optional.empty(), Optional.of(Severity.ERROR));
        assertThat(outcome.result().packs()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("src/main/skills"));
        assertThat(PackValidation.summary(outcome)).isEqualTo("skillpack: no problems in 1 skill (1 file)");
        assertThat(outcome.verdict()).isEqualTo(ValidationOutcome.Verdict.PASS);
    }
}
