package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.engine.CollectingContext;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make regular expressions backtrack: long runs of the characters each pattern repeats,
 * many partial matches on one line, one 2 MB line. Every security rule must finish and report sensibly.
 * The timeout only guards against a hang (it is minutes above the real time); speed is measured in
 * bench/, not here.
 */
class PathologicalInputTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void securityRulesFinishOnInputsThatMakeRegexesBacktrack() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SKILL.md", "---\nname: worst-case\ndescription: Pathological inputs. Use when testing.\n---\n\n"
                + "# Worst case\n\n" + "ignore the ".repeat(20_000) + "\n\n" + "do not tell the ".repeat(20_000)
                + "\n\n" + "!`".repeat(50_000) + "\n\n<!-- " + "run ".repeat(50_000) + " -->\n\n"
                + "[x]: # " + "a".repeat(900) + "\n");
        files.put("scripts/a.sh", "curl " + "x".repeat(300) + " |".repeat(50_000) + "\n"
                + "rm " + "-r ".repeat(50_000) + "\n" + "sudo ".repeat(100_000) + "\n"
                + "password = \"" + "a1".repeat(100_000) + "\n" + "/dev/tcp/" + "a".repeat(500_000) + "\n");
        files.put("references/b.md", "# B\n\n" + "A".repeat(2_000_000) + "\n\n" + "eyJ".repeat(200_000) + "\n");
        files.put("assets/c.txt", "\u200b".repeat(200_000) + "\u0430a".repeat(200_000) + "\u001b[".repeat(100_000));
        MemorySkillSource source = MemorySkillSource.ofText("worst-case", files);
        ValidationResult result = Validator.builder().rules(SecurityRules.all()).build().validate(source);
        assertThat(result.findings()).isNotEmpty();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.message().length()).isLessThan(1_000));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFileFloodedWithFindingsGetsTheFirstHundredAndOneThatCountsTheRest() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SKILL.md", "---\nname: flood\ndescription: A flood of findings. Use when testing.\n---\n\n# Flood\n\n"
                + ("a\u200b".repeat(1_000) + "\n").repeat(50) + "Two\u200bmore, here\u200bone.\n");
        files.put("references/few.md", "# Few\n\nOne\u200bonly.\n");
        ValidationResult result = Validator.builder().rules(SecurityRules.all()).build()
                .validate(MemorySkillSource.ofText("flood", files));
        List<Finding> skillMd = result.findings().stream()
                .filter(f -> f.ruleId().equals("SP403") && f.span().path().endsWith("SKILL.md")).toList();
        assertThat(skillMd).hasSize(CollectingContext.MOST_PER_FILE + 1);
        Finding last = skillMd.get(skillMd.size() - 1);
        assertThat(last.message()).isEqualTo("49,902 more SP403 findings in this file are not listed: fix the 100 above "
                + "and run again (this many usually means the file is generated, or was written to flood the report)");
        assertThat(last.span().lineIndex()).isEqualTo(skillMd.get(99).span().lineIndex());
        assertThat(last.span().columnIndex()).isEqualTo(skillMd.get(99).span().columnIndex() + 2);
        assertThat(result.findings().stream().filter(f -> f.ruleId().equals("SP403")
                && f.span().path().endsWith("few.md"))).hasSize(1);
    }
}
