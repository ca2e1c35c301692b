package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.cli.ExitCodes;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report draws a skill's token count over its git history (core's SkillHistory: one point per
 * commit that changed the skill) as an inline SVG; golden file {@code golden/report.trend.html}, from the
 * three-commit repository of {@link TrendRepository}.
 */
class HtmlTrendTest {
    @TempDir
    Path dir;

    private CliRunner.Result html(String... extra) throws Exception {
        TrendRepository.create(dir);
        String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"validate", "skills", "--format", "html", "--fail-on"}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        return CliRunner.in(dir, SampleRules.all()).run(args);
    }

    @Test
    void theTrendMatchesTheGoldenFile() throws Exception {
        CliRunner.Result r = html("none");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        Path golden = ReportGoldenTest.GOLDEN.resolve("report.trend.html");
        if (Boolean.getBoolean("skillpack.updateGolden")) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void onePointPerCommitOldestFirstRisingWithTheSkill() throws Exception {
        String page = html("none").out();
        assertThat(page).containsOnlyOnce("<figure class=\"trend\">");
        Matcher caption = Pattern.compile("<figcaption>tokens over 3 commits: ([\\d,]+) at ([0-9a-f]{7}) \\(2026-03-01\\)"
                + " \u2192 ([\\d,]+) at ([0-9a-f]{7}) \\(2026-03-03\\)</figcaption>").matcher(page);
        assertThat(caption.find()).as(page).isTrue();
        int first = Integer.parseInt(caption.group(1).replace(",", ""));
        int last = Integer.parseInt(caption.group(3).replace(",", ""));
        assertThat(last).isGreaterThan(first);
        assertThat(page.split("<circle ", -1)).hasSize(4);
        // the commit subject is untrusted text: escaped inside the tooltip
        assertThat(page).contains("Notes: open questions, action items &lt;and&gt; a format</title>");
        // the line rises: the oldest point is lowest (largest y), the newest highest (smallest y)
        Matcher line = Pattern.compile("<polyline points=\"6\\.0,54\\.0 [\\d.]+,[\\d.]+ 354\\.0,6\\.0\"/>").matcher(page);
        assertThat(line.find()).as(page).isTrue();
    }

    @Test
    void noTrendWhenSwitchedOffUncommittedOrOutsideARepository(@TempDir Path elsewhere) throws Exception {
        assertThat(html("none", "--no-history").out()).doesNotContain("class=\"trend\"");

        Files.createDirectories(dir.resolve("drafts/todo"));
        Files.writeString(dir.resolve("drafts/todo/SKILL.md"), "---\nname: todo\ndescription: Keeps a to-do list. "
                + "Use when asked to track tasks.\n---\n\n# To-do\n\nOne task per line.\n");
        CliRunner.Result uncommitted = CliRunner.in(dir, SampleRules.all())
                .run("validate", "drafts", "--format", "html", "--fail-on", "none");
        assertThat(uncommitted.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(uncommitted.out()).contains("<h2>todo").doesNotContain("class=\"trend\"");

        Files.createDirectories(elsewhere.resolve("todo"));
        Files.copy(dir.resolve("drafts/todo/SKILL.md"), elsewhere.resolve("todo/SKILL.md"));
        CliRunner.Result outside = CliRunner.in(elsewhere, SampleRules.all())
                .run("validate", ".", "--format", "html", "--fail-on", "none");
        assertThat(outside.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(outside.err()).isEmpty();
        assertThat(outside.out()).contains("<h2>todo").doesNotContain("class=\"trend\"");
    }

    @Test
    void bigPacksGetTheTrendOnlyWhenAskedFor() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile())
                .setInitialBranch("main").call()) {
            for (int i = 0; i <= 20; i++) {
                Path skill = Files.createDirectories(dir.resolve("skills/note-" + i));
                Files.writeString(skill.resolve("SKILL.md"), "---\nname: note-" + i + "\ndescription: Takes note " + i
                        + ". Use when asked to write note " + i + " down.\n---\n\n# Note\n\nWrite it down.\n");
            }
            git.add().addFilepattern(".").call();
            org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Ada Author", "ada@example.com");
            git.commit().setMessage("21 notes").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        CliRunner cli = CliRunner.in(dir, SampleRules.all());
        assertThat(cli.run("validate", "skills", "--format", "html", "--fail-on", "none").out())
                .doesNotContain("<figure class=\"trend\">");
        assertThat(cli.run("validate", "skills", "--format", "html", "--fail-on", "none", "--history").out()
                .split("<figure class=\"trend\">", -1)).hasSize(22);
    }
}
