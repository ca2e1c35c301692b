package dev.skillpack.validator.cli;

import static dev.skillpack.validator.testing.TempGitRepo.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rules.history.HistoryRules;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempGitRepo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** history, diff, release and validate --rev / --changed-since on a real repository built in a temp folder. */
class GitCommandsTest {
    private static final String BODY = "# Forms\n\n## Steps\n\nRead the form.\n";
    private static final String MORE = BODY + "\n## Limits\n\nOne form at a time.\n";

    @TempDir
    Path tmp;
    private TempGitRepo repo;
    private CliRunner cli;

    @BeforeEach
    void build() {
        repo = TempGitRepo.init(tmp.resolve("repo"));
        repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", BODY));
        repo.write("skills/forms/references/pdf.md", "# PDF\n\nUse pypdf.\n");
        repo.write("skills/other/SKILL.md", skill("other", null, "# Other\n\nA TODO here.\n"));
        repo.commit("Add forms");
        repo.tag("forms/v1.0.0");
        repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", MORE));
        repo.commit("Add limits");
        List<Rule> rules = new ArrayList<>(SampleRules.all());
        rules.addAll(HistoryRules.all());
        cli = CliRunner.in(repo.dir(), rules);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    @Test
    void historyListsCommitsWithTokenCounts() {
        CliRunner.Result r = cli.run("history", "skills/forms");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("history of skills/forms from HEAD: 2 commits\n"
                + "commit   date        version    metadata    body  references   total  author                subject\n"
                + repo.shortId("HEAD") + "  2026-03-01  1.0.0            29      20           8      57  Ada Author            Add limits\n"
                + repo.shortId("HEAD~1") + "  2026-03-01  1.0.0            29      11           8      48  Ada Author            Add forms  [added]\n"
                + "complete: the oldest commit listed added the skill\n");
    }

    @Test
    void historyAsJsonAndAsAnSvgChart() throws Exception {
        CliRunner.Result json = cli.run("history", "skills/forms/SKILL.md", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(json.out()).contains("\"schema\": \"skillpack-history/1\"", "\"subject\": \"Add limits\"",
                "\"references/pdf.md\": 8", "\"change\": \"added\"", "\"complete\": true");

        CliRunner.Result svg = cli.run("history", "skills/forms", "--format", "svg", "--output", "trend.svg");
        assertThat(svg.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(svg.err()).isEqualTo("wrote trend.svg\n");
        byte[] bytes = Files.readAllBytes(repo.dir().resolve("trend.svg"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Tokens of skills/forms", ">57</text>", ">48</text>", ">v1.0.0</text>")
                .doesNotContain("href", "<script", "@import");
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(3);
    }

    @Test
    void diffComparesTheLastReleaseWithTheWorkTree() {
        repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", MORE.replace("Read the form.", "Read the whole form.")));
        CliRunner.Result r = cli.run("diff", "skills/forms");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("diff forms/v1.0.0 -> working tree\n"
                + "files:\n"
                + "  ~ SKILL.md\n"
                + "sections:\n"
                + "  changed  SKILL.md > Forms > Steps (line 10)  (+1 tokens)\n"
                + "  added    SKILL.md > Forms > Limits (line 14)  (+9 tokens)\n"
                + "tokens: 48 -> 58 (+10)\n"
                + "release this as: minor (a section or file was added)\n");
        CliRunner.Result between = cli.run("diff", "skills/forms", "HEAD~1", "HEAD");
        assertThat(between.out()).startsWith("diff HEAD~1 -> HEAD\n");
        CliRunner.Result none = cli.run("diff", "skills/forms", "HEAD");
        assertThat(none.out()).isEqualTo("diff HEAD -> working tree\nfiles:\n  ~ SKILL.md\nsections:\n"
                + "  changed  SKILL.md > Forms > Steps (line 10)  (+1 tokens)\ntokens: 57 -> 58 (+1)\n"
                + "release this as: patch (content changed, nothing added or removed)\n");
    }

    @Test
    void releaseDryRunWritesNothingAndReleaseCommitsAndTags() throws Exception {
        CliRunner.Result dry = cli.run("release", "skills/forms", "--dry-run", "--date", "2026-03-02");
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCodes.OK);
        String head = repo.shortId("HEAD");
        assertThat(dry.out()).isEqualTo("release forms 1.1.0 (minor, inferred from the section diff since forms/v1.0.0)\n"
                + "  files:\n"
                + "    ~ SKILL.md\n"
                + "  sections:\n"
                + "    added    SKILL.md > Forms > Limits (line 14)  (+9 tokens)\n"
                + "  tokens: 48 -> 57 (+9)\n"
                + "  release this as: minor (a section or file was added)\n"
                + "would set metadata.version to 1.1.0 in skills/forms/SKILL.md (was 1.0.0)\n"
                + "would add to skills/forms/CHANGELOG.md:\n"
                + "  | ## 1.1.0 - 2026-03-02\n"
                + "  | \n"
                + "  | minor release (inferred from the section diff) after 1.0.0.\n"
                + "  | \n"
                + "  | - Add limits (" + head + ")\n"
                + "would commit: forms: release 1.1.0\n"
                + "would tag: forms/v1.1.0 (annotated)\n"
                + "dry run: nothing was written, committed or tagged\n");
        assertThat(Files.exists(repo.dir().resolve("skills/forms/CHANGELOG.md"))).isFalse();
        assertThat(Files.readString(repo.dir().resolve("skills/forms/SKILL.md"))).isEqualTo(skill("forms", "1.0.0", MORE));

        CliRunner.Result real = cli.run("release", "skills/forms", "--date", "2026-03-02");
        assertThat(real.exitCode()).as(real.err()).isEqualTo(ExitCodes.OK);
        assertThat(real.out()).endsWith("released forms 1.1.0: commit " + repo.shortId("HEAD") + ", tag forms/v1.1.0\n");
        assertThat(Files.readString(repo.dir().resolve("skills/forms/SKILL.md"))).isEqualTo(skill("forms", "1.1.0", MORE));
        assertThat(repo.shortId("forms/v1.1.0^{commit}")).isEqualTo(repo.shortId("HEAD"));
        CliRunner.Result again = cli.run("release", "skills/forms");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).isEqualTo("skillpack: nothing in forms changed since forms/v1.1.0; there is nothing to release\n");
    }

    @Test
    void releaseRefusesAnInvalidOrUncommittedSkill() {
        CliRunner.Result invalid = cli.run("release", "skills/other", "--dry-run");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(invalid.err()).startsWith("skills/other/SKILL.md:8:3: error XT001(sample-todo) placeholder 'TODO' left in the text")
                .endsWith("skillpack: skills/other has 1 error; fix it before releasing\n");
        repo.write("skills/forms/references/pdf.md", "# PDF\n\nUse pypdf 5.\n");
        CliRunner.Result open = cli.run("release", "skills/forms", "--dry-run");
        assertThat(open.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(open.err()).isEqualTo("skillpack: 1 file of the skill is not committed (skills/forms/references/pdf.md); "
                + "commit or stash them before releasing\n");
        CliRunner.Result bump = cli.run("release", "skills/forms", "huge");
        assertThat(bump.err()).isEqualTo("skillpack: unknown bump 'huge'; use major, minor or patch\n");
    }

    @Test
    void validateAtARevisionNamesTheRevisionInEveryFinding() {
        repo.write("skills/other/SKILL.md", skill("other", null, "# Other\n\nAll done.\n"));
        repo.commit("Finish other");
        CliRunner.Result now = cli.run("validate", "skills", "--fail-on", "none");
        assertThat(now.out()).doesNotContain("XT001");
        CliRunner.Result old = cli.run("validate", "--rev", "HEAD~1", "skills");
        assertThat(old.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        // HEAD~1 ("Add limits") changed forms after its release without raising the version: SP501 fires there too
        assertThat(old.out()).startsWith("HEAD~1:skills/forms/SKILL.md:5:12: warning SP501(unreleased-change) the skill "
                + "changed since its release forms/v1.0.0 but metadata.version is still 1.0.0; raise it to 1.0.1 or higher "
                + "(skillpack release infers the bump from the section diff)\n").contains(
                "HEAD~1:skills/other/SKILL.md:8:3: error XT001(sample-todo) placeholder 'TODO' left in the text [fixable]\n");
        CliRunner.Result fix = cli.run("validate", "--rev", "HEAD~1", "--fix", "skills");
        assertThat(fix.err()).isEqualTo("skillpack: --fix cannot be used with --rev: a revision is read-only\n");
        CliRunner.Result unknown = cli.run("validate", "--rev", "v9", "skills");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("skillpack: unknown revision 'v9': no commit, branch or tag has that name\n");
    }

    @Test
    void validateChangedSinceChecksOnlyTheSkillsThatChanged() {
        repo.branch("feature");
        repo.write("skills/forms/references/pdf.md", "# PDF\n\nUse pypdf. TODO check version.\n");
        repo.commit("Touch forms");
        CliRunner.Result r = cli.run("validate", "--changed-since", "main", "skills", "--fail-on", "none");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEqualTo("skillpack: 1 of 2 skills in skills changed since main (merge base "
                + repo.shortId("main") + ")\n");
        assertThat(r.out()).contains("skills/forms/references/pdf.md:3:12: error XT001(sample-todo)")
                .doesNotContain("skills/other");
    }

    @Test
    void outsideARepositoryEveryGitCommandSaysSoInOneLine() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain/skills/demo"));
        Files.writeString(plain.resolve("SKILL.md"), skill("demo", null, "# Demo\n"));
        CliRunner outside = CliRunner.in(tmp.resolve("plain"), HistoryRules.all());
        for (String[] args : List.of(new String[] {"history", "skills/demo"}, new String[] {"diff", "skills/demo"},
                new String[] {"release", "skills/demo", "--dry-run"})) {
            CliRunner.Result r = outside.run(args);
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("skillpack: not a git repository: skills/demo is not inside one; run this in "
                    + "a git clone (or give a path inside one)\n");
        }
        CliRunner.Result rev = outside.run("validate", "--rev", "HEAD", "skills");
        assertThat(rev.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(rev.err()).isEqualTo("skillpack: not a git repository: skills is not inside one, so --rev cannot be used\n");
        CliRunner.Result plainValidate = outside.run("validate", "skills");
        assertThat(plainValidate.exitCode()).isEqualTo(ExitCodes.OK);
    }
}
