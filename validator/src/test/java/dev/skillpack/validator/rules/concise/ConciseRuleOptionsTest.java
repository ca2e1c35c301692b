package dev.skillpack.validator.rules.concise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.testing.RuleFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every option of the concise rules changes what is reported, as the fixtures under {@code rules/<ID>/} mark. */
class ConciseRuleOptionsTest {

    private static RuleConfig options(Map<String, Object> options) {
        return new RuleConfig(true, null, options);
    }

    @Test
    void weakLanguageStrictAlsoReportsSoftHedgesAndVagueConditions() {
        RuleFixtures.verify(new WeakLanguageRule(), "SP301/strict", options(Map.of("strict", true)));
    }

    @Test
    void weakLanguageTakesExtraAndIgnoredPhrases() {
        RuleFixtures.verify(new WeakLanguageRule(), "SP301/options",
                options(Map.of("extra-phrases", List.of("if you like"), "ignored-phrases", List.of("perhaps"))));
    }

    @Test
    void genericInstructionAllowsMoreOtherWordsAndExtraPhrases() {
        RuleFixtures.verify(new GenericInstructionRule(), "SP302/options",
                options(Map.of("max-other-words", 1, "extra-phrases", List.of("take ownership"))));
    }

    @Test
    void emphasisDensityTakesRatioFloorAndExtraMarkers() {
        RuleFixtures.verify(new EmphasisDensityRule(), "SP303/options",
                options(Map.of("max-ratio", 0.1, "min-emphasized", 2, "extra-phrases", List.of("ASAP"))));
    }

    @Test
    void emphasisDensityIgnoresRemovedMarkers() {
        assertThat(RuleFixtures.run(new EmphasisDensityRule(), Path.of("src/test/resources/rules/SP303/bad"),
                options(Map.of("ignored-phrases", List.of("MUST", "NEVER", "ALWAYS"))))).isEmpty();
    }

    @Test
    void repeatedDirectiveAcrossSections() {
        RuleFixtures.verify(new RepeatedDirectiveRule(), "SP305/options", options(Map.of("across-sections", true)));
        assertThat(RuleFixtures.run(new RepeatedDirectiveRule(), Path.of("src/test/resources/rules/SP305/options"),
                RuleConfig.DEFAULT)).isEmpty();
    }

    @Test
    void duplicatedContentAcrossFolders() {
        RuleFixtures.verify(new DuplicatedContentRule(), "SP306/options", options(Map.of("across-folders", true)));
        assertThat(RuleFixtures.run(new DuplicatedContentRule(), Path.of("src/test/resources/rules/SP306/options"),
                RuleConfig.DEFAULT)).isEmpty();
    }

    @Test
    void duplicatedContentWithoutReferencePairsOrSameFileCopies() {
        List<Finding> findings = RuleFixtures.run(new DuplicatedContentRule(),
                Path.of("src/test/resources/rules/SP306/bad"),
                options(Map.of("same-file", false, "compare-references", false)));
        assertThat(findings).extracting(Finding::message).containsExactly(
                "lines 6-16 repeat SKILL.md:8-18, so 84 tokens are paid twice when both are loaded;"
                        + " keep one copy and point to it");
    }

    @Test
    void duplicatedContentMinTokens() {
        assertThat(RuleFixtures.run(new DuplicatedContentRule(), Path.of("src/test/resources/rules/SP306/bad"),
                options(Map.of("min-tokens", 100)))).isEmpty();
    }

    @Test
    void contradictionTakesExtraAndIgnoredPairs() {
        RuleFixtures.verify(new ContradictionRule(), "SP307/options", options(Map.of(
                "extra-pairs", List.of("use tabs <=> use spaces"),
                "ignored-pairs", List.of("keep (it|responses|answers|the output|the reply) (short|brief|concise)"
                        + " <=> (explain|describe) (everything |it |each step )?in (full |great )?detail"))));
    }

    @Test
    void prohibitionTakesVerbAndMarkerLists() {
        RuleFixtures.verify(new ProhibitionWithoutAlternativeRule(), "SP308/options", options(Map.of(
                "extra-verbs", List.of("skip"), "ignored-verbs", List.of("build"),
                "extra-phrases", List.of("ask the DBA"))));
        assertThat(RuleFixtures.run(new ProhibitionWithoutAlternativeRule(),
                Path.of("src/test/resources/rules/SP308/good"),
                options(Map.of("ignored-phrases", List.of("instead", "use"))))).extracting(Finding::message)
                .containsExactly("\"Never use `SELECT *` in production code; list the columns…\" forbids"
                        + " something without saying what to do instead; add the alternative (\"…; use X instead\")");
    }

    @Test
    void directiveCountLimit() {
        RuleFixtures.verify(new DirectiveCountRule(), "SP309/options", options(Map.of("max-directives", 3)));
    }

    @Test
    void inconsistentTermsExtraGroups() {
        RuleFixtures.verify(new InconsistentTermsRule(), "SP310/options",
                options(Map.of("extra-groups", List.of("directory | folder"))));
        assertThat(RuleFixtures.run(new InconsistentTermsRule(), Path.of("src/test/resources/rules/SP310/bad"),
                options(Map.of("ignored-groups", List.of("front matter | frontmatter | front-matter"))))).isEmpty();
        assertThat(RuleFixtures.run(new InconsistentTermsRule(), Path.of("src/test/resources/rules/SP310/bad"),
                options(Map.of("min-majority", 4)))).isEmpty();
    }

    @Test
    void keywordStuffingThresholds() {
        assertThat(RuleFixtures.run(new DescriptionKeywordStuffingRule(), Path.of("src/test/resources/rules/SP312/bad"),
                options(Map.of("min-quotes", 7, "min-short-segments", 20)))).isEmpty();
    }

    @Test
    void timeSensitiveTakesExtraAndIgnoredPhrases() {
        RuleFixtures.verify(new TimeSensitiveRule(), "SP316/options",
                options(Map.of("extra-phrases", List.of("for now"), "ignored-phrases", List.of("the new API"))));
    }

    @Test
    void vagueInstructionTakesExtraPhrasesWithHints() {
        RuleFixtures.verify(new VagueInstructionRule(), "SP318/options", options(Map.of("extra-phrases",
                List.of("keep templates tidy => say which rule, e.g. one block per page"))));
    }

    @Test
    void fillerPhraseFixesOnlyExactCleanReplacements() throws IOException {
        List<Finding> findings = RuleFixtures.verify(new FillerPhraseRule(), "SP319/options",
                options(Map.of("extra-phrases", List.of("at the end of the day => -"),
                        "ignored-phrases", List.of("prior to"))));
        assertThat(findings.get(0).fixes()).singleElement().satisfies(fix -> {
            assertThat(fix.safe()).isTrue();
            assertThat(fix.description()).isEqualTo("cut \"at the end of the day\"");
        });
        assertThat(findings.get(1).fixes()).as("markup inside the phrase: no fix").isEmpty();
        String text = Files.readString(Path.of("src/test/resources/rules/SP319/options/report-writer/SKILL.md"),
                StandardCharsets.UTF_8);
        assertThat(TextEdit.apply(text, findings.get(0).fixes().get(0).edits()))
                .contains("\nSend the report to the team channel.\n");
    }

    @Test
    void fillerPhraseFixesReplaceInPlace() throws IOException {
        List<Finding> findings = RuleFixtures.verify(new FillerPhraseRule(), "SP319/bad");
        Path file = Path.of("src/test/resources/rules/SP319/bad/report-writer/SKILL.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<TextEdit> edits = findings.stream().flatMap(f -> f.fixes().stream())
                .flatMap(f -> f.edits().stream()).toList();
        assertThat(findings.stream().filter(f -> f.fixes().isEmpty()).map(Finding::message))
                .containsExactly("\"whether or not\" can be \"whether\" in most sentences");
        assertThat(TextEdit.apply(text, edits))
                .contains("\nRead last week's report to keep the format.\n")
                .contains("\nThe report goes to the whole team.\n")
                .contains("\nBefore sending, check every link.\n")
                .contains("Ask whether or not to include the metrics table.")
                .contains("Don't write \"in order to\" in the report itself.");
    }

    @Test
    void vagueNameTakesWordLists() {
        assertThat(RuleFixtures.run(new VagueNameRule(), Path.of("src/test/resources/rules/SP314/good"),
                options(Map.of("extra-words", List.of("pdf"))))).extracting(Finding::message).containsExactly(
                "name 'pdf-tools' says nothing about when to use the skill; name the task, e.g. 'filling-pdf-forms'"
                        + " ('pdf', 'tools' could be any skill)");
        assertThat(RuleFixtures.run(new VagueNameRule(), Path.of("src/test/resources/rules/SP314/bad"),
                options(Map.of("ignored-words", List.of("utils", "helper"))))).isEmpty();
    }

    @Test
    void tooManyOptionsThreshold() {
        assertThat(RuleFixtures.run(new TooManyOptionsRule(), Path.of("src/test/resources/rules/SP317/bad"),
                options(Map.of("min-options", 5)))).isEmpty();
    }

    @Test
    void longSentenceLimit() {
        RuleFixtures.verify(new LongSentenceRule(), "SP320/options", options(Map.of("max-words", 10)));
    }
}
