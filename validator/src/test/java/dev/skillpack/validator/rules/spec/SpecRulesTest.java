package dev.skillpack.validator.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.parse.SafeYaml;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceEntry;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.source.SourceListing;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.testing.RuleFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option variants, targets and inputs that the shared bad/good fixtures cannot show. */
class SpecRulesTest {
    private static final String SKILL_MD = "---\nname: %s\ndescription: Checks one rule. Use when testing.\n---\n\n# Body\n";

    private static List<Finding> run(Rule rule, SkillSource source, Target target) {
        ValidatorConfig config = new ValidatorConfig(target, Tokenizer.O200K_BASE, Map.of());
        return Validator.builder().rules(List.of(rule)).config(config).build().validate(source).findings();
    }

    private static String skill(String name) {
        return SKILL_MD.formatted(name);
    }

    @Test
    void everyParseProblemCodeBelongsToExactlyOneRule() {
        Map<ProblemCode, List<String>> owners = dev.skillpack.validator.rules.BuiltinRules.all().stream()
                .filter(ParseProblemRule.class::isInstance).map(ParseProblemRule.class::cast)
                .flatMap(r -> r.codes().stream().map(code -> Map.entry(code, r.meta().id())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(owners.keySet()).isEqualTo(EnumSet.allOf(ProblemCode.class));
        assertThat(owners.values()).allMatch(ids -> ids.size() == 1);
    }

    @Test
    void specRulesAreListedInIdOrderWithSpecIds() {
        List<String> ids = SpecRules.all().stream().map(r -> r.meta().id()).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id.matches("SP0\\d\\d"));
    }

    @Test
    void unknownFieldAcceptsKeysListedInItsOption() {
        RuleFixtures.verify(new UnknownFieldRule(), "SP016/allowed-option",
                new RuleConfig(true, null, Map.of(UnknownFieldRule.ALLOWED_KEYS.name(), List.of("version", "author"))));
        assertThat(RuleFixtures.run(new UnknownFieldRule(), Path.of("src/test/resources/rules/SP016/allowed-option"),
                RuleConfig.DEFAULT)).extracting(Finding::message).hasSize(2);
    }

    @Test
    void unknownFieldAcceptsTheProjectWideAllowedKeys() {
        ValidatorConfig config = new ValidatorConfig(Target.AGENTSKILLS, Tokenizer.O200K_BASE, Map.of(), List.of(),
                List.of(), List.of("version", "author"));
        assertThat(Validator.builder().rules(List.of(new UnknownFieldRule())).config(config).build()
                .validate(Path.of("src/test/resources/rules/SP016/allowed-option")).findings()).isEmpty();
    }

    @Test
    void unknownFieldAcceptsTheTargetClientsKeysOnly() {
        RuleFixtures.verify(new UnknownFieldRule(), "SP016/claude-code-target");
        RuleFixtures.verify(new UnknownFieldRule(), "SP016/codex-target");
    }

    @Test
    void allowedToolsListIsClaudeCodesOwnForm() {
        assertThat(RuleFixtures.verify(new AllowedToolsFormatRule(), "SP017/claude-code-list")).isEmpty();
        Path dir = Path.of("src/test/resources/rules/SP017/claude-code-list");
        assertThat(RuleFixtures.run(new AllowedToolsFormatRule(), dir, RuleConfig.DEFAULT, Target.AGENTSKILLS))
                .extracting(Finding::message)
                .containsExactly("'allowed-tools' must be one space-separated string, but it is a list; "
                        + "write allowed-tools: Read Bash(git:*)");
    }

    @Test
    void licenseLengthLimitIsAnOption() {
        RuleFixtures.verify(new LicenseLengthRule(), "SP025/max-length",
                new RuleConfig(true, null, Map.of(LicenseLengthRule.MAX_LENGTH.name(), 200)));
        assertThat(RuleFixtures.run(new LicenseLengthRule(), Path.of("src/test/resources/rules/SP025/max-length"),
                RuleConfig.DEFAULT)).extracting(Finding::message)
                .contains("'license' is 111 characters; keep it short (at most 100): a licence name such as "
                        + "Apache-2.0, or a bundled file such as 'Complete terms in LICENSE.txt'");
    }

    @Test
    void clientFieldsCheckNothingForTheSpecAlone() {
        Path dir = Path.of("src/test/resources/rules/SP026/bad");
        assertThat(RuleFixtures.run(new ClientFieldsRule(), dir, RuleConfig.DEFAULT, Target.AGENTSKILLS)).isEmpty();
        assertThat(RuleFixtures.run(new ClientFieldsRule(), dir, RuleConfig.DEFAULT, Target.CODEX)).isEmpty();
    }

    @Test
    void unreadableFileIsAnError() {
        SkillSource failing = new FailingSource(MemorySkillSource.ofText("pack", Map.of(
                "pdf/SKILL.md", skill("pdf"), "pdf/references/forms.md", "# Forms\n")), "pdf/references/forms.md");
        assertThat(run(new NotReadRule(), failing, Target.AGENTSKILLS))
                .extracting(f -> f.span().path() + " " + f.severity() + " " + f.message())
                .containsExactly("pack/pdf/references/forms.md ERROR cannot read file: disk error");
    }

    @Test
    void filesBeyondTheSizeAndCountLimitsAreReported(@TempDir Path dir) throws IOException {
        Path skillDir = Files.createDirectories(dir.resolve("pdf"));
        Files.writeString(skillDir.resolve("SKILL.md"), skill("pdf"));
        Files.writeString(skillDir.resolve("big.md"), "# Big\n\n" + "x".repeat(500));
        DirectorySkillSource small = new DirectorySkillSource(skillDir, "pdf", new SourceLimits(200, 10_000, 32));
        assertThat(run(new NotReadRule(), small, Target.AGENTSKILLS)).extracting(Finding::message)
                .containsExactly("file is 507 bytes; the limit is 200, so it was not read");
        DirectorySkillSource few = new DirectorySkillSource(skillDir, "pdf", new SourceLimits(1 << 20, 1, 32));
        assertThat(run(new NotReadRule(), few, Target.AGENTSKILLS)).extracting(Finding::message)
                .containsExactly("skill holds more than 1 files; this one and the rest were not read");
    }

    @Test
    void bothSkillFilesAreAmbiguous(@TempDir Path dir) throws IOException {
        Path skillDir = Files.createDirectories(dir.resolve("pdf"));
        Files.writeString(skillDir.resolve("SKILL.md"), skill("pdf"));
        Files.writeString(skillDir.resolve("skill.md"), skill("pdf-lower"));
        try (var files = Files.list(skillDir)) {
            Assumptions.assumeTrue(files.count() == 2, "the file system folds case: SKILL.md and skill.md are one file");
        }
        List<Finding> findings = run(new SkillFileNameRule(), DirectorySkillSource.of(skillDir), Target.AGENTSKILLS);
        assertThat(findings).extracting(f -> f.span().path().substring(f.span().path().lastIndexOf('/') + 1)
                        + " " + f.severity() + " " + f.message())
                .containsExactly("skill.md WARNING both SKILL.md and skill.md exist; SKILL.md was read, delete skill.md");
    }

    @Test
    void clientConfigFileThatIsNotUtf8IsReported() {
        MemorySkillSource source = MemorySkillSource.of("ui", Map.of(
                "SKILL.md", skill("ui").getBytes(StandardCharsets.UTF_8),
                "agents/openai.yaml", new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'}));
        assertThat(run(new ClientConfigFileRule(), source, Target.AGENTSKILLS)).extracting(Finding::message)
                .containsExactly("agents/openai.yaml is not UTF-8 text; Codex ignores it. Save it as UTF-8");
    }

    @Test
    void emptyClientConfigFileIsFine() {
        MemorySkillSource source = MemorySkillSource.ofText("ui", Map.of("SKILL.md", skill("ui"),
                "agents/openai.yaml", "\n# nothing yet\n"));
        assertThat(run(new ClientConfigFileRule(), source, Target.CODEX)).isEmpty();
    }

    @Test
    void claudeCodeProfileListsTheDocumentedKeys() {
        assertThat(ClientProfile.of(Target.CLAUDE_CODE).frontmatter().keySet()).containsExactlyInAnyOrder(
                "when_to_use", "argument-hint", "arguments", "disable-model-invocation", "user-invocable",
                "allowed-tools", "disallowed-tools", "model", "effort", "context", "agent", "hooks", "paths", "shell");
        assertThat(ClientProfile.of(Target.AGENTSKILLS).frontmatter()).isEmpty();
        assertThat(ClientProfile.of(Target.CODEX).frontmatter()).isEmpty();
        assertThat(ClientProfile.of(Target.CODEX).agentConfig()).map(ClientProfile.AgentConfig::path)
                .contains("agents/openai.yaml");
        assertThat(ClientProfile.defining("effort")).extracting(ClientProfile::target).containsExactly(Target.CLAUDE_CODE);
    }

    @Test
    void malformedProfileDataIsABug() {
        String yaml = "type: string\nmax-len: 3\n";
        SafeYaml.Result parsed = new SafeYaml(ParseLimits.defaults()).read(LineMap.of("x", yaml), yaml, 0, yaml.length());
        assertThatThrownBy(() -> FieldSchema.parse(parsed.root().orElseThrow(), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessage("unknown schema key 'max-len' in test");
    }

    @Test
    void defaultSeveritiesFollowTheirImpact() {
        Map<String, Severity> severities = SpecRules.all().stream()
                .collect(Collectors.toMap(r -> r.meta().id(), r -> r.meta().defaultSeverity()));
        assertThat(severities.entrySet().stream().filter(e -> e.getValue() != Severity.ERROR).map(Map.Entry::getKey)
                .collect(Collectors.toSet())).isEqualTo(Set.of("SP002", "SP023", "SP024", "SP025", "SP028", "SP040", "SP043"));
    }

    /** A source whose one file cannot be read, as a disk error or a permission problem would cause. */
    private record FailingSource(SkillSource delegate, String failing) implements SkillSource {
        @Override
        public String displayPath() {
            return delegate.displayPath();
        }

        @Override
        public SourceLimits limits() {
            return delegate.limits();
        }

        @Override
        public SourceListing list() {
            return delegate.list();
        }

        @Override
        public byte[] read(SourceEntry entry) throws IOException {
            if (entry.path().equals(failing)) {
                throw new IOException("disk error");
            }
            return delegate.read(entry);
        }

        @Override
        public String displayPathOf(String relativePath) {
            return delegate.displayPathOf(relativePath);
        }
    }
}
