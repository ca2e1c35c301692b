package dev.skillpack.validator.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against the reference validator: for each checked-in case, the spec rules give the
 * verdict skills-ref gave (any error = invalid), except in the documented differences of
 * {@code parity/skillpack-differences.tsv}, where the spec and skills-ref disagree (or skills-ref crashes)
 * and we follow the spec. The difference list is exact: a listed case must really differ, through the
 * listed rule.
 */
class SkillsRefParityTest {
    private static final Path PARITY = Path.of("src/test/resources/parity");
    private static final Validator VALIDATOR = Validator.builder().rules(SpecRules.all()).build();

    /** Which of our rules make each case invalid; every case not listed must be valid for us. */
    private static final Map<String, Set<String>> OUR_ERRORS = Map.ofEntries(
            Map.entry("allowed-tools-list", Set.of("SP017")),
            Map.entry("anchor-alias", Set.of("SP005")),
            Map.entry("bool-description", Set.of("SP008")),
            Map.entry("compatibility-501", Set.of("SP014")),
            Map.entry("compatibility-empty", Set.of("SP014")),
            Map.entry("description-1025", Set.of("SP013")),
            Map.entry("description-not-string", Set.of("SP008")),
            Map.entry("duplicate-key", Set.of("SP005")),
            Map.entry("empty-description", Set.of("SP012")),
            Map.entry("empty-front-matter", Set.of("SP005")),
            Map.entry("flow-style-list", Set.of("SP017")),
            Map.entry("invalid-utf8", Set.of("SP006")),
            Map.entry("invalid-utf8-front-matter", Set.of("SP006")),
            Map.entry("invalid-yaml", Set.of("SP005")),
            Map.entry("leading-blank-line", Set.of("SP003")),
            Map.entry("metadata-nested-map", Set.of("SP015")),
            Map.entry("metadata-not-map", Set.of("SP015")),
            Map.entry("metadata-numeric-value", Set.of("SP015")),
            Map.entry("missing-description", Set.of("SP012")),
            Map.entry("missing-front-matter", Set.of("SP003")),
            Map.entry("missing-name", Set.of("SP007")),
            Map.entry("name-65", Set.of("SP009")),
            Map.entry("name-all-digits", Set.of("SP008")),
            Map.entry("name-double-hyphen", Set.of("SP010")),
            Map.entry("name-folder-mismatch", Set.of("SP011")),
            Map.entry("name-leading-hyphen", Set.of("SP010")),
            Map.entry("name-padded", Set.of("SP010")),
            Map.entry("name-space", Set.of("SP010")),
            Map.entry("name-trailing-hyphen", Set.of("SP010")),
            Map.entry("name-underscore", Set.of("SP010")),
            Map.entry("name-unicode-cafe", Set.of("SP010")),
            Map.entry("name-unicode-cjk", Set.of("SP010")),
            Map.entry("name-uppercase", Set.of("SP010")),
            Map.entry("no-skill-md", Set.of("SP001")),
            Map.entry("tab-indent", Set.of("SP005")),
            Map.entry("unclosed-front-matter", Set.of("SP004")),
            Map.entry("unknown-key-version", Set.of("SP016")),
            Map.entry("unknown-keys-several", Set.of("SP016")),
            Map.entry("whitespace-description", Set.of("SP012")),
            Map.entry("yaml-not-mapping-list", Set.of("SP005")),
            Map.entry("yaml-not-mapping-scalar", Set.of("SP005")));

    record Case(String name, String verdict) {
        @Override
        public String toString() {
            return name + " (skills-ref: " + verdict + ")";
        }
    }

    record Difference(String rule, String reason) {
    }

    static Stream<Case> cases() throws IOException {
        return table("skills-ref-verdicts.tsv").stream().map(row -> new Case(row.get(0), row.get(1)));
    }

    private static Map<String, Difference> differences() throws IOException {
        Map<String, Difference> result = new LinkedHashMap<>();
        for (List<String> row : table("skillpack-differences.tsv")) {
            result.put(row.get(0), new Difference(row.get(1), row.get(2)));
        }
        return result;
    }

    private static List<List<String>> table(String file) throws IOException {
        return Files.readAllLines(PARITY.resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> List.of(line.split("\t", -1))).toList();
    }

    private static List<Finding> findings(String name) throws IOException {
        Path caseDir = PARITY.resolve("cases").resolve(name);
        try (Stream<Path> children = Files.list(caseDir)) {
            Path skill = children.filter(Files::isDirectory).findFirst().orElseThrow();
            return VALIDATOR.validate(skill).findings();
        }
    }

    private static Set<String> errorRules(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictEqualsSkillsRefExceptForDocumentedDifferences(Case c) throws IOException {
        List<Finding> findings = findings(c.name());
        Set<String> errors = errorRules(findings);
        String ours = errors.isEmpty() ? "valid" : "invalid";
        assertThat(errors).as("rules that make %s invalid", c.name())
                .isEqualTo(OUR_ERRORS.getOrDefault(c.name(), Set.of()));

        Difference difference = differences().get(c.name());
        if (difference == null) {
            assertThat(ours).as("verdict on %s, which skills-ref calls %s", c.name(), c.verdict()).isEqualTo(c.verdict());
        } else {
            assertThat(ours).as("%s is listed as a difference (%s), so the verdicts must differ", c.name(),
                    difference.reason()).isNotEqualTo(c.verdict());
            assertThat(findings).as("the listed rule reports the difference on %s", c.name())
                    .anyMatch(f -> f.ruleId().equals(difference.rule()));
        }
    }

    @Test
    void everyDocumentedDifferenceIsACheckedInCase() throws IOException {
        Set<String> cases = cases().map(Case::name).collect(Collectors.toSet());
        assertThat(cases).hasSize(59).containsAll(differences().keySet());
        assertThat(OUR_ERRORS.keySet()).isSubsetOf(cases);
        assertThat(differences().values()).allMatch(d -> !d.reason().isBlank() && d.rule().matches("SP0\\d\\d"));
    }
}
