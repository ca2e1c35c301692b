package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.PathOverride;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration, overrides, ignores, inline suppressions and crashes, through the public Validator API. */
class EngineTest {
    @TempDir
    Path dir;

    private ValidationResult validate(ValidatorConfig config) {
        return Validator.builder().rules(SampleRules.all()).config(config).build().validate(dir);
    }

    private static List<String> shown(ValidationResult result) {
        return result.findings().stream().map(f -> f.span().path().replaceFirst("^.*?/pack/", "") + ":"
                + f.span().line() + " " + f.ruleId() + " " + f.severity().id() + (f.suppressed() ? " suppressed" : ""))
                .toList();
    }

    private ValidatorConfig config(Map<String, RuleConfig> rules, List<PathOverride> overrides, List<String> ignore) {
        return new ValidatorConfig(Target.AGENTSKILLS, Tokenizer.O200K_BASE, rules, overrides, ignore, List.of());
    }

    @Test
    void inlineCommentsSuppressButKeepFindings() {
        dir = dir.resolve("pack");
        TempSkills.skill(dir, "a", """
                # A

                TODO one
                <!-- skillpack-disable-next-line XT001 -->
                TODO two

                TODO three <!-- skillpack-disable-line sample-todo -->

                <!-- skillpack-disable -->
                TODO four
                <!-- skillpack-enable XT001 -->
                TODO five

                ```md
                <!-- skillpack-disable-file -->
                ```
                """);
        TempSkills.write(dir, "a/references/r.md", """
                <!-- skillpack-disable-file XT002, XT001 -->
                # R

                TODO six
                """);
        TempSkills.write(dir, "b/SKILL.md", """
                ---
                # skillpack-disable-next-line XT001
                name: b
                description: TODO in front matter # skillpack-disable-line XT001
                ---
                TODO seven
                """);
        ValidationResult result = validate(ValidatorConfig.defaults());
        assertThat(shown(result)).containsExactly(
                "a/SKILL.md:7 XT001 error",
                "a/SKILL.md:9 XT001 error suppressed",
                "a/SKILL.md:11 XT001 error suppressed",
                "a/SKILL.md:14 XT001 error suppressed",
                "a/SKILL.md:16 XT001 error",
                "a/references/r.md:4 XT001 error suppressed",
                "b/SKILL.md:6 XT001 error");
        assertThat(result.active()).hasSize(3);
    }

    @Test
    void yamlCommentsSuppressFrontMatterFindings() {
        dir = dir.resolve("pack");
        TempSkills.write(dir, "b/SKILL.md", """
                ---
                # skillpack-disable-next-line XT011
                name: b
                description: a test # skillpack-disable-line sample-keys-everywhere
                license: MIT
                ---
                Body.
                """);
        Rule perKey = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT011", "sample-keys-everywhere", Category.SPEC, Severity.WARNING, "test");
            }

            @Override
            public void checkSkill(Skill skill, RuleContext context) {
                skill.frontmatter().entries().forEach(e -> context.report(e.keySpan(), "key " + e.key()));
            }
        };
        ValidationResult result = Validator.builder().rules(List.of(perKey)).build().validate(dir);
        assertThat(shown(result)).containsExactly("b/SKILL.md:3 XT011 warning suppressed",
                "b/SKILL.md:4 XT011 warning suppressed", "b/SKILL.md:5 XT011 warning");
    }

    @Test
    void severityOffAndOptionsComeFromConfigAndPerPathOverrides() {
        dir = dir.resolve("pack");
        TempSkills.skill(dir, "a", "TODO\n");
        TempSkills.write(dir, "a/references/r.md", "TODO\n");
        TempSkills.skill(dir, "legacy", "TODO\n\nsprawling\n");
        TempSkills.skill(dir, "drafts", "TODO\n");
        ValidatorConfig config = config(Map.of("XT001", new RuleConfig(true, Severity.WARNING, Map.of()),
                        "XT002", RuleConfig.OFF),
                List.of(new PathOverride(List.of("references/**"), Map.of("XT001", RuleConfig.OFF)),
                        new PathOverride(List.of("legacy"), Map.of("XT002", new RuleConfig(true, null, Map.of()),
                                "XT001", new RuleConfig(true, Severity.INFO, Map.of())))),
                List.of("drafts"));
        assertThat(shown(validate(config))).containsExactly(
                "a/SKILL.md:5 XT001 warning",
                "legacy/SKILL.md:5 XT001 info",
                "legacy/SKILL.md:7 XT002 info");
    }

    @Test
    void allowedFrontmatterKeysReachRules() {
        dir = dir.resolve("pack");
        TempSkills.skill(dir, "a", "text\n");
        Rule keys = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT010", "sample-keys", Category.SPEC, Severity.INFO, "test");
            }

            @Override
            public void checkSkill(Skill skill, RuleContext context) {
                context.report(skill.frontmatter().span(), "allowed " + context.allowedFrontmatterKeys()
                        + " target " + context.target().id());
            }
        };
        ValidatorConfig config = new ValidatorConfig(Target.CODEX, Tokenizer.O200K_BASE, Map.of(), List.of(), List.of(),
                List.of("version", "tags"));
        ValidationResult result = Validator.builder().rules(List.of(keys)).config(config).build().validate(dir);
        assertThat(result.findings()).extracting(Finding::message).containsExactly("allowed [version, tags] target codex");
    }

    @Test
    void aCrashingRuleBecomesAnErrorFindingAndOthersStillRun() {
        dir = dir.resolve("pack");
        TempSkills.skill(dir, "a", "TODO\n");
        Rule crashing = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT099", "sample-crash", Category.SPEC, Severity.INFO, "crashes");
            }

            @Override
            public void checkSkill(Skill skill, RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };
        ValidationResult result = Validator.builder().rules(List.of(SampleRules.all().get(0), crashing)).build()
                .validate(dir);
        assertThat(result.crashes()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("XT099");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("rule crashed: java.lang.IllegalStateException: boom at ")
                    .endsWith("; please report this bug with the file that triggers it");
        });
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("XT099", "XT001");
    }

    @Test
    void duplicateIdsOrAliasesAreRejected() {
        Rule twin = new Rule() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.of("XT001", "other-alias", Category.SPEC, Severity.INFO, "twin");
            }
        };
        assertThatThrownBy(() -> Validator.builder().rules(List.of(SampleRules.all().get(0), twin)).build())
                .isInstanceOf(RuleRegistry.RuleRegistryException.class)
                .hasMessageContaining("rule id 'XT001' of ")
                .hasMessageContaining("is already used by dev.skillpack.validator.testing.SampleRules$Todo (XT001)");
    }

    @Test
    void findingsComeInTheSameOrderEveryTime() {
        dir = dir.resolve("pack");
        for (int i = 0; i < 30; i++) {
            TempSkills.skill(dir, "s" + i, "TODO TODO\n\nsprawling\n");
        }
        List<String> first = shown(validate(ValidatorConfig.defaults()));
        assertThat(first).hasSize(90);
        for (int i = 0; i < 3; i++) {
            assertThat(shown(validate(ValidatorConfig.defaults()))).isEqualTo(first);
        }
    }
}
