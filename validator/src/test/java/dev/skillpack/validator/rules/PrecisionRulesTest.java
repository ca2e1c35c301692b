package dev.skillpack.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rules.spec.DescriptionTriggerRule;
import dev.skillpack.validator.rules.structure.BaseDirPathRule;
import dev.skillpack.validator.testing.RuleFixtures;
import dev.skillpack.validator.testing.TempSkills;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages and options of the rules issue 14 added, beyond what the fixtures mark. */
class PrecisionRulesTest {
    @TempDir
    Path dir;

    @Test
    void baseDirPathsNamePathAndSpelling() {
        TempSkills.write(dir, "a/SKILL.md", "---\nname: a\ndescription: A. Use when testing.\n---\n# A\n\n"
                + "Run `uv run {baseDir}/tools/analyzer.py`, then `{baseDir}/scripts/Check.sh`.\n");
        TempSkills.write(dir, "a/scripts/check.sh", "#!/bin/sh\n");
        List<Finding> findings = RuleFixtures.run(new BaseDirPathRule(), dir, RuleConfig.DEFAULT);
        assertThat(findings).extracting(f -> f.span().line() + ":" + f.span().column() + " " + f.message())
                .containsExactly("7:13 '{baseDir}/tools/analyzer.py' names a file or folder the skill does not have"
                        + " ({baseDir} is the skill's folder); fix the path or add the file",
                        "7:49 '{baseDir}/scripts/Check.sh' names a file the skill does not have; the file is"
                                + " scripts/check.sh and letter case matters on Linux");
    }

    @Test
    void everyRuleWhoseFindingsCarryAFixSaysSoInTheRuleTable() {
        for (dev.skillpack.validator.rule.Rule rule : dev.skillpack.validator.rules.BuiltinRules.all()) {
            Path bad = Path.of("src/test/resources/rules", rule.meta().id(), "bad");
            List<Finding> findings = RuleFixtures.run(rule, bad, RuleConfig.DEFAULT);
            boolean fixes = findings.stream().anyMatch(f -> !f.fixes().isEmpty());
            assertThat(rule.fixKind() != dev.skillpack.validator.rule.FixKind.NONE)
                    .as(rule.meta().id() + " declares fixKind() exactly when its findings carry fixes").isEqualTo(fixes);
        }
    }

    @Test
    void listedNamesUnderANamedFolderReachTheirFiles() {
        TempSkills.write(dir, "a/SKILL.md", "---\nname: a\ndescription: A. Use when testing.\n---\n# A\n\n"
                + "Domain knowledge (in `references/`):\n\n- `primary-traits.md` - traits\n\n"
                + "Rules, read as `rules/ui-menus.md`:\n\n- `ui-pressable` - pressables\n- `plain` - a word\n");
        TempSkills.write(dir, "a/references/primary-traits.md", "# Traits\n");
        TempSkills.write(dir, "a/rules/ui-menus.md", "# Menus\n");
        TempSkills.write(dir, "a/rules/ui-pressable.md", "# Pressable\n");
        TempSkills.write(dir, "a/rules/plain.md", "# Plain\n");
        dev.skillpack.core.model.Skill skill = dev.skillpack.core.parse.SkillParser.create()
                .parsePack(new dev.skillpack.core.source.DirectorySkillSource(dir, ".",
                        dev.skillpack.core.source.SourceLimits.defaults())).skills().get(0);
        dev.skillpack.validator.analysis.ReferenceGraph graph =
                dev.skillpack.validator.analysis.ReferenceGraph.of(skill);
        assertThat(graph.firstEdge("references/primary-traits.md").orElseThrow().kind())
                .isEqualTo(dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind.LISTED);
        assertThat(graph.firstEdge("rules/ui-pressable.md").orElseThrow().kind())
                .isEqualTo(dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind.LISTED);
        assertThat(graph.reached("rules/plain.md")).as("a bare word is no slug").isFalse();
    }

    @Test
    void ownTriggerPhrasesCount() {
        TempSkills.write(dir, "a/SKILL.md", "---\nname: a\ndescription: Lints commit messages. Pick this one for "
                + "commit hygiene.\n---\n# A\n\nLint.\n");
        assertThat(RuleFixtures.run(new DescriptionTriggerRule(), dir, RuleConfig.DEFAULT)).hasSize(1);
        RuleConfig own = new RuleConfig(true, null, Map.of("triggers", List.of("pick this one")));
        assertThat(RuleFixtures.run(new DescriptionTriggerRule(), dir, own)).isEmpty();
    }
}
