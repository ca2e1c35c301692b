package dev.skillpack.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.TargetChoice;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationSessionTest {
    @TempDir
    Path dir;

    private Path skill(String folder, String name) throws IOException {
        Path skill = Files.createDirectories(dir.resolve(folder));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: Drafts release notes "
                + "from merged pull requests. Use when preparing a release.\n---\n\n# Release notes\n\nList merged "
                + "pull requests with `git log --merges`.\n");
        return skill;
    }

    private ValidationSession.Builder builder() {
        return ValidationSession.builder().registry(RuleRegistry.builtin()).displayRelativeTo(dir);
    }

    @Test
    void targetComesFromTheBuilderThenTheConfigThenTheInstallPathThenTheSpec() throws Exception {
        Path plain = skill("plain/release-notes", "release-notes");
        Path installed = skill("repo/.claude/skills/release-notes", "release-notes");
        Path configured = skill("configured/release-notes", "release-notes");
        Files.writeString(dir.resolve("configured/.skillpack.yaml"), "target: codex\n");

        ValidationSession session = builder().folder(plain).folder(installed).folder(configured).build();
        assertThat(session.runs()).extracting(ValidationSession.Run::target).containsExactly(
                new TargetChoice(Target.AGENTSKILLS, "default"),
                new TargetChoice(Target.CLAUDE_CODE, "install path .claude/skills"),
                new TargetChoice(Target.CODEX, "config configured/.skillpack.yaml"));
        assertThat(session.runs()).extracting(ValidationSession.Run::display)
                .containsExactly("plain/release-notes", "repo/.claude/skills/release-notes", "configured/release-notes");
        assertThat(session.runs().get(2).configFile()).contains(dir.resolve("configured/.skillpack.yaml"));
        assertThat(session.runs().get(0).configFile()).isEmpty();

        ValidationSession given = builder().folder(configured).target(Target.CLAUDE_CODE, "--target").build();
        assertThat(given.runs().get(0).target().note()).isEqualTo("target claude-code (--target)");
    }

    @Test
    void cleanSkillPassesWithTheOneSummaryWording() throws Exception {
        ValidationOutcome outcome = builder().folder(skill("release-notes", "release-notes")).build().run();
        assertThat(outcome.verdict()).isEqualTo(ValidationOutcome.Verdict.PASS);
        assertThat(outcome.summary()).isEqualTo("no problems in 1 skill (1 file)");
        assertThat(outcome.crashNote()).isEmpty();
    }

    @Test
    void findingsAtTheThresholdFailAndBelowItPass() throws Exception {
        Path wrong = skill("release-notes", "Release_Notes");
        ValidationOutcome failing = builder().folder(wrong).build().run();
        assertThat(failing.verdict()).isEqualTo(ValidationOutcome.Verdict.FAIL);
        assertThat(failing.summary()).isEqualTo("3 errors, 0 warnings, 0 infos in 1 skill (1 file)");
        assertThat(builder().folder(wrong).failOnNothing().build().run().verdict())
                .isEqualTo(ValidationOutcome.Verdict.PASS);
        assertThat(builder().folder(wrong).failOn(Severity.ERROR).only(List.of("SP003")).build().run().summary())
                .isEqualTo("no problems in 1 skill (1 file)");
    }

    @Test
    void unknownRuleAndBrokenConfigAreSetupErrors() throws Exception {
        Path skill = skill("release-notes", "release-notes");
        assertThatThrownBy(() -> builder().folder(skill).disable(List.of("SP001,no-such-rule")).build())
                .isInstanceOf(ValidationSession.UnknownRuleException.class)
                .satisfies(e -> assertThat(((ValidationSession.UnknownRuleException) e).rule()).isEqualTo("no-such-rule"));
        Files.writeString(dir.resolve(".skillpack.yaml"), "target: cursor\n");
        assertThatThrownBy(() -> builder().folder(skill).build()).isInstanceOf(ConfigException.class)
                .hasMessage(".skillpack.yaml:1:9: unknown target 'cursor'; use agentskills, claude-code or codex");
        assertThatThrownBy(() -> ValidationSession.builder().build()).isInstanceOf(IllegalStateException.class);
    }
}
