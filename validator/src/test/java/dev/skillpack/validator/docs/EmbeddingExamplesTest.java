package dev.skillpack.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

// tag::imports[]
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.write.SectionBuilder;
import dev.skillpack.core.write.SkillBuilder;
import dev.skillpack.core.write.SkillWriter;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.rule.Finding;
import java.nio.file.Path;
// end::imports[]
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java code shown in README.md and docs/embedding.md. Each region between {@code // tag::NAME[]}
 * and {@code // end::NAME[]} is copied into the docs verbatim ({@link DocsSnippetsTest} checks that), so
 * the code people copy has compiled and run.
 */
class EmbeddingExamplesTest {
    @TempDir
    Path dir;

    @Test
    void validateAPack() {
        Path examplePack = Path.of("../example-skills/src/main/skills");
        // tag::validate[]
        ValidationResult result = Validator.builder().build().validate(examplePack);
        for (Finding finding : result.active()) {
            System.out.println(finding.span().path() + ":" + finding.span().line() + " " + finding.ruleId()
                    + " " + finding.message());
        }
        // end::validate[]
        assertThat(result.active()).isEmpty();
        assertThat(result.skillCount()).isEqualTo(1);
    }

    @Test
    void parseAndCount() {
        // tag::parse[]
        Skill skill = SkillParser.create().parseSkill(Path.of("../example-skills/src/main/skills/secure-web-development"));
        String name = skill.frontmatter().name().orElseThrow();
        int bodyTokens = TokenCounter.defaultCounter().count(skill.body().body());
        // end::parse[]
        assertThat(name).isEqualTo("secure-web-development");
        assertThat(bodyTokens).isBetween(500, 1500);
    }

    @Test
    void authorAndWrite() throws Exception {
        Path skillsFolder = dir;
        // tag::author[]
        Skill skill = SkillBuilder.create()
                .name("release-notes")
                .description("Writes release notes from merged pull requests. Use when the user asks for"
                        + " release notes or a changelog entry.")
                .section(SectionBuilder.heading(1, "Release notes")
                        .paragraph("List merged pull requests with `gh pr list --state merged`, then group them"
                                + " by label."))
                .build();
        SkillWriter.write(skill, skillsFolder.resolve(skill.folderName()));
        // end::author[]
        ValidationResult result = Validator.builder().build().validate(skillsFolder);
        assertThat(result.skillCount()).isEqualTo(1);
        assertThat(result.active()).extracting(Finding::ruleId).doesNotContain("SP010", "SP011", "SP013");
    }

    // tag::custom-rule[]
    /** Flags plain-http links: agents fetch what a skill links to. */
    public static final class NoHttpLinksRule implements Rule {
        private static final RuleMeta META = RuleMeta.of("ACME001", "no-http-links", Category.SECURITY,
                Severity.WARNING, "A link uses http:// instead of https://.");

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            for (MarkdownDocument doc : skill.markdownFiles()) {
                for (Link link : doc.links()) {
                    if (link.destination().startsWith("http://")) {
                        context.report(link.span(), "link to " + link.destination() + " uses http; use https");
                    }
                }
            }
        }
    }
    // end::custom-rule[]

    @Test
    void customRuleReports() throws Exception {
        Path skillFolder = dir.resolve("fetching-docs");
        java.nio.file.Files.createDirectories(skillFolder);
        java.nio.file.Files.writeString(skillFolder.resolve("SKILL.md"), "---\nname: fetching-docs\ndescription: Fetches"
                + " docs. Use when asked.\n---\n\nRead [the guide](http://example.com/guide).\n");
        // tag::run-custom-rule[]
        ValidationResult result = Validator.builder().rules(List.of(new NoHttpLinksRule())).build()
                .validate(skillFolder);
        // end::run-custom-rule[]
        assertThat(result.active()).extracting(Finding::ruleId, f -> f.span().line(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACME001", 6,
                        "link to http://example.com/guide uses http; use https"));
    }
}
