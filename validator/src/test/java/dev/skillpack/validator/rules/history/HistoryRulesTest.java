package dev.skillpack.validator.rules.history;

import static dev.skillpack.validator.testing.TempGitRepo.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.TempGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every history rule on a failing and a clean fixture; each fixture is a small real repository built in a
 * temp folder. Findings are read from the text report, one line per finding.
 */
class HistoryRulesTest {
    private static final String BODY = "# Forms\n\n## Steps\n\nRead the form.\n";

    @TempDir
    Path tmp;

    private List<String> findings(TempGitRepo repo) {
        CliRunner.Result r = CliRunner.in(repo.dir(), HistoryRules.all()).run("validate", "skills", "--fail-on", "none");
        assertThat(r.err()).isEmpty();
        return r.out().lines().filter(l -> l.startsWith("skills/")).toList();
    }

    private TempGitRepo released(String name) {
        TempGitRepo repo = TempGitRepo.init(tmp.resolve(name));
        repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", BODY));
        repo.commit("Add forms");
        repo.tag("forms/v1.0.0");
        return repo;
    }

    @Test
    void sp501ContentChangedSinceTheReleaseWithoutABump() {
        try (TempGitRepo repo = released("sp501")) {
            repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", BODY + "\nCheck totals.\n"));
            assertThat(findings(repo)).containsExactly("skills/forms/SKILL.md:5:12: warning SP501(unreleased-change) "
                    + "the skill changed since its release forms/v1.0.0 but metadata.version is still 1.0.0; raise it "
                    + "to 1.0.1 or higher (skillpack release infers the bump from the section diff)");
            repo.commit("Check totals");
            assertThat(findings(repo)).hasSize(1);
        }
    }

    @Test
    void sp501CleanWhenUnchangedOrBumpedOrOnlyTheChangelogChanged() {
        try (TempGitRepo repo = released("sp501-clean")) {
            assertThat(findings(repo)).isEmpty();
            repo.write("skills/forms/CHANGELOG.md", "# Changelog\n");
            assertThat(findings(repo)).isEmpty();
            repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", BODY).replace("\n", "\r\n"));
            assertThat(findings(repo)).as("line endings alone are no change").isEmpty();
            repo.write("skills/forms/SKILL.md", skill("forms", "1.1.0", BODY + "\nCheck totals.\n"));
            assertThat(findings(repo)).isEmpty();
        }
    }

    @Test
    void sp502VersionNotSemver() {
        try (TempGitRepo repo = TempGitRepo.init(tmp.resolve("sp502"))) {
            repo.write("skills/forms/SKILL.md", skill("forms", "v1.2.0", BODY));
            repo.write("skills/other/SKILL.md", skill("other", "1.2", BODY.replace("Forms", "Other")));
            repo.commit("Add");
            assertThat(findings(repo)).containsExactly(
                    "skills/forms/SKILL.md:5:12: warning SP502(version-not-semver) metadata.version 'v1.2.0' is not a "
                            + "semantic version (MAJOR.MINOR.PATCH such as 1.2.0); drop the leading 'v'",
                    "skills/other/SKILL.md:5:12: warning SP502(version-not-semver) metadata.version '1.2' is not a "
                            + "semantic version (MAJOR.MINOR.PATCH such as 1.2.0); write all three parts, e.g. 1.2.0");
        }
    }

    @Test
    void sp502CleanOnSemverAndSilentOutsideGit() throws Exception {
        try (TempGitRepo repo = TempGitRepo.init(tmp.resolve("sp502-clean"))) {
            repo.write("skills/forms/SKILL.md", skill("forms", "1.2.0-rc.1", BODY));
            repo.write("skills/other/SKILL.md", skill("other", null, BODY.replace("Forms", "Other")));
            repo.commit("Add");
            assertThat(findings(repo)).isEmpty();
        }
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain.resolve("skills/forms"));
        Files.writeString(plain.resolve("skills/forms/SKILL.md"), skill("forms", "v1", BODY));
        CliRunner.Result r = CliRunner.in(plain, HistoryRules.all()).run("validate", "skills");
        assertThat(r.out()).isEqualTo("no problems in 1 skill (1 file); target agentskills (default)\n");
    }

    @Test
    void sp503VersionWentBackwards() {
        try (TempGitRepo repo = released("sp503")) {
            repo.write("skills/forms/SKILL.md", skill("forms", "1.2.0", BODY + "\nMore.\n"));
            repo.commit("1.2.0");
            repo.tag("forms/v1.2.0");
            repo.write("skills/forms/SKILL.md", skill("forms", "1.1.0", BODY + "\nMore.\n"));
            assertThat(findings(repo)).containsExactly("skills/forms/SKILL.md:5:12: error SP503(version-went-backwards) "
                    + "metadata.version 1.1.0 is lower than 1.2.0, already released as tag forms/v1.2.0; versions only go "
                    + "up, set it to 1.2.0 or higher");
        }
    }

    @Test
    void sp503CleanWhenTheVersionOnlyGoesUpEvenOnAnotherBranch() {
        try (TempGitRepo repo = released("sp503-clean")) {
            repo.branch("next");
            repo.write("skills/forms/SKILL.md", skill("forms", "2.0.0", "# Forms\n"));
            repo.commit("2.0.0");
            repo.tag("forms/v2.0.0");
            repo.checkout("main");
            repo.write("skills/forms/SKILL.md", skill("forms", "2.1.0", BODY + "\nMore.\n"));
            assertThat(findings(repo)).isEmpty();
        }
    }

    @Test
    void sp504TagNamesAnotherVersionThanItsSkill() {
        try (TempGitRepo repo = released("sp504")) {
            repo.write("skills/forms/SKILL.md", skill("forms", "1.0.0", BODY + "\nMore.\n"));
            repo.commit("More, version not raised");
            repo.tag("forms/v1.1.0");
            String tagged = repo.shortId("HEAD");
            // the work tree names 1.1.0 now, so only the tag is wrong (SP503 stays silent)
            repo.write("skills/forms/SKILL.md", skill("forms", "1.1.0", BODY + "\nMore.\n"));
            // SP501 fires too: the work tree differs from what the tag holds and names the tag's version
            assertThat(findings(repo).stream().filter(l -> !l.contains("SP501"))).containsExactly(
                    "skills/forms/SKILL.md:5:12: warning SP504(tag-version-mismatch) "
                    + "tag forms/v1.1.0 points at commit " + tagged + ", where metadata.version is 1.0.0; move the tag to "
                    + "the commit that sets version 1.1.0 (skillpack release writes both together)");
        }
    }

    @Test
    void sp504CleanWhenEveryTagHoldsItsVersion() {
        try (TempGitRepo repo = released("sp504-clean")) {
            repo.write("skills/forms/SKILL.md", skill("forms", "1.1.0", BODY + "\nMore.\n"));
            repo.commit("1.1.0");
            repo.tag("forms/v1.1.0");
            repo.tag("other-skill/v9.0.0");
            assertThat(findings(repo)).isEmpty();
        }
    }
}
