package dev.skillpack.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rules.structure.BackslashPathRule;
import dev.skillpack.validator.rules.structure.FenceLanguageMissingRule;
import dev.skillpack.validator.rules.structure.FinalNewlineRule;
import dev.skillpack.validator.rules.structure.LineEndingsRule;
import dev.skillpack.validator.rules.structure.MentionWithoutExtensionRule;
import dev.skillpack.validator.rules.structure.ReferenceTocRule;
import dev.skillpack.validator.rules.structure.UnlinkedPathRule;
import dev.skillpack.validator.testing.RuleFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applying the fixes of each fixable rule to its failing fixture gives exactly the expected text: the
 * fixed spans change and every other character stays as it was (the whole text is compared).
 */
class FixesTest {
    private static final Path RULES = Path.of("src/test/resources/rules");

    private static List<Finding> findings(Rule rule, String caseName) {
        return RuleFixtures.run(rule, RULES.resolve(caseName), RuleConfig.DEFAULT);
    }

    private static String read(String caseName, String file) throws IOException {
        return Files.readString(RULES.resolve(caseName).resolve(file), StandardCharsets.UTF_8);
    }

    /** Applies every fix of the findings that lie in the given file. */
    private static String fixed(List<Finding> findings, String text, String file) {
        List<TextEdit> edits = new ArrayList<>();
        findings.stream().filter(f -> f.span().path().endsWith("/" + file))
                .flatMap(f -> f.fixes().stream()).map(Fix::edits).forEach(edits::addAll);
        assertThat(TextEdit.overlap(edits)).isFalse();
        return TextEdit.apply(text, edits);
    }

    private static List<Boolean> safety(List<Finding> findings) {
        return findings.stream().map(f -> f.fixes().get(0).safe()).toList();
    }

    @Test
    void finalNewlineIsAppended() throws IOException {
        String file = "no-final-newline/SKILL.md";
        String text = read("SP220/bad", file);
        List<Finding> findings = findings(new FinalNewlineRule(), "SP220/bad");
        assertThat(safety(findings)).containsExactly(true);
        assertThat(fixed(findings, text, file)).isEqualTo(text + "\n");
    }

    @Test
    void crlfBecomesLfAndNothingElseChanges() throws IOException {
        List<Finding> findings = findings(new LineEndingsRule(), "SP221/bad");
        assertThat(safety(findings)).containsExactly(true, true);
        for (String file : List.of("windows-endings/SKILL.md", "windows-endings/scripts/run.sh")) {
            String text = read("SP221/bad", file);
            assertThat(text).contains("\r\n");
            assertThat(fixed(findings, text, file)).isEqualTo(text.replace("\r\n", "\n"));
        }
    }

    @Test
    void backslashesBecomeSlashesOnlyInTheReportedPaths() throws IOException {
        String file = "windows-paths/SKILL.md";
        String text = read("SP211/bad", file);
        List<Finding> findings = findings(new BackslashPathRule(), "SP211/bad");
        // prose and link fixes are safe; the one inside a PowerShell code block is not
        assertThat(safety(findings)).containsExactly(true, true, false);
        String expected = text
                .replace("\nRun scripts\\fill.py on the form.\n", "\nRun scripts/fill.py on the form.\n")
                .replace("(references\\forms.md).\n", "(references/forms.md).\n")
                .replace("python scripts\\\\fill.py form.pdf", "python scripts/fill.py form.pdf");
        assertThat(expected).isNotEqualTo(text);
        assertThat(fixed(findings, text, file)).isEqualTo(expected);
    }

    @Test
    void barePathBecomesALinkInTheFilesOwnLetterCase() throws IOException {
        String file = "bare-paths/SKILL.md";
        String text = read("SP214/bad", file);
        List<Finding> findings = findings(new UnlinkedPathRule(), "SP214/bad");
        assertThat(safety(findings)).containsExactly(true, true);
        String expected = text
                .replace("see references/guide.md, and references/guide.md again.",
                        "see [references/guide.md](references/guide.md), and references/guide.md again.")
                .replace("read FORMS.md.", "read [forms.md](forms.md).");
        assertThat(fixed(findings, text, file)).isEqualTo(expected);
    }

    @Test
    void missingExtensionIsAdded() throws IOException {
        String file = "missing-extension/SKILL.md";
        String text = read("SP205/bad", file);
        List<Finding> findings = findings(new MentionWithoutExtensionRule(), "SP205/bad");
        assertThat(safety(findings)).containsExactly(false);
        assertThat(fixed(findings, text, file)).isEqualTo(text.replace("`python scripts/check_fields <file.pdf>`",
                "`python scripts/check_fields.py <file.pdf>`"));
    }

    @Test
    void fenceGetsTheFilesLanguage() throws IOException {
        String file = "unlabelled-code/references/python-django.md";
        String text = read("SP219/bad", file);
        List<Finding> findings = findings(new FenceLanguageMissingRule(), "SP219/bad");
        assertThat(safety(findings)).containsExactly(false);
        assertThat(fixed(findings, text, file)).isEqualTo(text.replace("-->\n```\nfrom django",
                "-->\n```python\nfrom django"));
    }

    @Test
    void tableOfContentsIsInsertedUnderTheTitle() throws IOException {
        String file = "long-reference/references/api.md";
        String text = read("SP209/bad", file);
        List<Finding> findings = findings(new ReferenceTocRule(), "SP209/bad");
        assertThat(safety(findings)).containsExactly(false);
        String toc = "\n**Contents**\n\n- [Authentication](#authentication)\n- [Pagination](#pagination)\n"
                + "- [Errors](#errors)\n- [Rate limits](#rate-limits)\n";
        assertThat(text).startsWith("# API reference\n\n## Authentication\n");
        assertThat(fixed(findings, text, file)).isEqualTo("# API reference\n" + toc + text.substring(
                "# API reference\n".length()));
    }
}
