package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.spec.DuplicateNameRule;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-skill findings cache through the Validator: never stale, per skill, pack checks always run. */
class FindingCacheValidationTest {
    @TempDir
    Path pack;
    @TempDir
    Path cacheDir;

    /** Records which skills it checked, so a test sees what the cache skipped. */
    private static final class Counting implements Rule {
        private static final RuleMeta META = RuleMeta.of("XT090", "sample-counting", Category.CONCISE, Severity.INFO,
                "Counts its runs (test rule)");
        final ConcurrentLinkedQueue<String> checked = new ConcurrentLinkedQueue<>();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            checked.add(skill.folderName());
        }
    }

    /** Crashes on every skill whose body says CRASH. */
    private static final class Crashing implements Rule {
        private static final RuleMeta META = RuleMeta.of("XT091", "sample-crashing", Category.CONCISE, Severity.INFO,
                "Crashes (test rule)");
        final ConcurrentLinkedQueue<String> checked = new ConcurrentLinkedQueue<>();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            checked.add(skill.folderName());
            if (skill.skillFile().text().contains("CRASH")) {
                throw new IllegalStateException("boom");
            }
        }
    }

    private ValidationResult validate(List<Rule> rules, ValidatorConfig config) {
        return Validator.builder().rules(rules).config(config).cache(FindingCache.in(cacheDir)).build().validate(pack);
    }

    private ValidationResult validate(List<Rule> rules) {
        return validate(rules, ValidatorConfig.defaults());
    }

    private ValidationResult uncached(List<Rule> rules) {
        return Validator.builder().rules(rules).build().validate(pack);
    }

    private static List<String> shown(ValidationResult result) {
        return result.findings().stream().map(f -> f.span().path().substring(f.span().path().lastIndexOf('/', 
                f.span().path().lastIndexOf('/') - 1) + 1) + ":" + f.span().line() + " " + f.ruleId()
                + (f.suppressed() ? " suppressed" : "")).toList();
    }

    private long cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void anUnchangedSkillIsNotCheckedAgainAndGivesTheSameFindings() throws IOException {
        TempSkills.skill(pack, "a", "# A\n\nTODO one\n");
        TempSkills.skill(pack, "b", "# B\n\nTODO two\n<!-- skillpack-disable-next-line XT001 -->\nTODO three\n");
        Counting counting = new Counting();
        List<Rule> rules = new ArrayList<>(SampleRules.all());
        rules.add(counting);

        ValidationResult first = validate(rules);
        ValidationResult second = validate(rules);

        assertThat(shown(first)).containsExactly("a/SKILL.md:7 XT001", "b/SKILL.md:7 XT001",
                "b/SKILL.md:9 XT001 suppressed");
        assertThat(second.findings()).isEqualTo(first.findings()).isEqualTo(uncached(SampleRules.all()).findings());
        assertThat(second.findings().get(0).fixes()).hasSize(1);
        assertThat(counting.checked).containsExactlyInAnyOrder("a", "b");
        assertThat(cacheFiles()).isEqualTo(2);
    }

    @Test
    void editingOneFileReRunsOnlyThatSkillAndShowsTheNewFinding() {
        TempSkills.skill(pack, "a", "# A\n\nclean\n");
        TempSkills.skill(pack, "b", "# B\n\nclean\n");
        Counting counting = new Counting();
        List<Rule> rules = List.of(new SampleRules.Todo(), counting);
        assertThat(validate(rules).findings()).isEmpty();

        TempSkills.write(pack, "b/references/notes.md", "# Notes\n\nTODO new\n");
        ValidationResult after = validate(rules);

        assertThat(shown(after)).containsExactly("references/notes.md:3 XT001");
        assertThat(counting.checked).containsExactlyInAnyOrder("a", "b", "b");
    }

    @Test
    void changedOptionsSeverityTargetOrRulesMiss() {
        TempSkills.skill(pack, "a", "# A\n\nTODO one\n");
        Counting counting = new Counting();
        List<Rule> rules = List.of(new SampleRules.Todo(), counting);
        validate(rules);
        validate(rules, ValidatorConfig.defaults().withRules(Map.of("XT001",
                new RuleConfig(true, null, Map.of("limit", 3)))));
        validate(rules, ValidatorConfig.defaults().withRules(Map.of("XT001",
                new RuleConfig(true, Severity.INFO, Map.of()))));
        validate(rules, ValidatorConfig.defaults().withTarget(Target.CODEX));
        validate(rules, ValidatorConfig.defaults().withTokenizer(Tokenizer.CL100K_BASE));
        validate(List.of(new SampleRules.Todo(), new SampleRules.Sprawl(), counting));

        assertThat(counting.checked).hasSize(6);
        validate(rules, ValidatorConfig.defaults().withTarget(Target.CODEX));
        assertThat(counting.checked).hasSize(6);
    }

    @Test
    void packChecksRunOnEveryRunEvenWhenEverySkillIsCached() {
        TempSkills.skill(pack, "a", "# A\n");
        TempSkills.write(pack, "b/SKILL.md", "---\nname: a\ndescription: Test skill. Use when testing.\n---\n# B\n");
        List<Rule> rules = List.of(new DuplicateNameRule());
        assertThat(validate(rules).findings()).extracting(Finding::ruleId).containsExactly("SP031");

        TempSkills.write(pack, "b/SKILL.md", "---\nname: b\ndescription: Test skill. Use when testing.\n---\n# B\n");
        assertThat(validate(rules).findings()).isEmpty();
        TempSkills.write(pack, "b/SKILL.md", "---\nname: a\ndescription: Test skill. Use when testing.\n---\n# B\n");
        assertThat(validate(rules).findings()).extracting(Finding::ruleId).containsExactly("SP031");
    }

    @Test
    void aCrashIsNeverRemembered() throws IOException {
        TempSkills.skill(pack, "a", "# A\n\nCRASH\n");
        Crashing crashing = new Crashing();
        List<Rule> rules = List.of(crashing);

        assertThat(validate(rules).crashes()).hasSize(1);
        assertThat(validate(rules).crashes()).hasSize(1);
        assertThat(crashing.checked).containsExactly("a", "a");
        assertThat(cacheFiles()).isZero();
    }

    @Test
    void aCorruptCacheFileIsRecomputed() throws IOException {
        TempSkills.skill(pack, "a", "# A\n\nTODO one\n");
        List<Rule> rules = List.of(new SampleRules.Todo());
        ValidationResult first = validate(rules);
        try (Stream<Path> files = Files.walk(cacheDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bin")).toList()) {
                Files.writeString(file, "garbage");
            }
        }

        assertThat(validate(rules).findings()).isEqualTo(first.findings());
    }
}
