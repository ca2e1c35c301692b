package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skillpack package}: validates, refuses errors, writes reproducible .skill archives that validate again. */
class PackageCommandTest {
    private static final String SKILL = "---\nname: pdf-forms\ndescription: Fills PDF forms. Use when a PDF form must "
            + "be filled.\n---\n# PDF forms\n\nRead [the field list](references/fields.md) before filling a form.\n";
    private static final String FIELDS = "# Fields\n\nEach field has a name and a type.\n";

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = CliRunner.in(dir, BuiltinRules.all());
    }

    private void skill(Path folder, String skillMd) throws IOException {
        Files.createDirectories(folder.resolve("references"));
        Files.writeString(folder.resolve("SKILL.md"), skillMd);
        Files.writeString(folder.resolve("references/fields.md"), FIELDS);
        Files.createDirectories(folder.resolve("__pycache__"));
        Files.writeString(folder.resolve("__pycache__/x.pyc"), "junk");
    }

    private static List<String> entries(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName() + " " + e.getLastModifiedTime().toInstant());
            }
        }
        return names;
    }

    @Test
    void aCleanPackIsValidatedThenWrittenAsOneArchivePerSkill() throws IOException {
        skill(dir.resolve("skills/pdf-forms"), SKILL);
        CliRunner.Result r = cli.run("package", "skills", "--output", "out");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        Path archive = dir.resolve("out/pdf-forms.skill");
        assertThat(r.out()).isEqualTo("no problems in 1 skill (3 files); target agentskills (default)\n"
                + "packaged pdf-forms into out/pdf-forms.skill (2 files, " + String.format("%,d", Files.size(archive))
                + " bytes; left out: __pycache__/x.pyc)\n");
        assertThat(entries(archive)).containsExactly("pdf-forms/ 1980-01-01T00:00:00Z",
                "pdf-forms/SKILL.md 1980-01-01T00:00:00Z", "pdf-forms/references/ 1980-01-01T00:00:00Z",
                "pdf-forms/references/fields.md 1980-01-01T00:00:00Z");
        // what was packaged validates as it did
        CliRunner.Result again = cli.run("validate", "out/pdf-forms.skill");
        assertThat(again.exitCode()).as(again.out()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theSameFilesGiveTheSameBytesWhateverTheirTimesAndFolder() throws IOException {
        skill(dir.resolve("a/pdf-forms"), SKILL);
        skill(dir.resolve("b/pdf-forms"), SKILL);
        Files.setLastModifiedTime(dir.resolve("b/pdf-forms/SKILL.md"), FileTime.from(Instant.parse("2030-05-05T10:00:00Z")));
        assertThat(cli.run("package", "a", "--output", "out-a").exitCode()).isZero();
        assertThat(cli.run("package", "b", "--output", "out-b").exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("out-b/pdf-forms.skill")))
                .isEqualTo(Files.readAllBytes(dir.resolve("out-a/pdf-forms.skill")));
    }

    @Test
    void sourceDateEpochSetsTheEntryTimes() throws IOException {
        skill(dir.resolve("skills/pdf-forms"), SKILL);
        CliRunner.Result r = CliRunner.in(dir, BuiltinRules.all()).with(Map.of("SOURCE_DATE_EPOCH", "1767225600"), false)
                .run("package", "skills", "--output", "out");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(entries(dir.resolve("out/pdf-forms.skill"))).first().isEqualTo("pdf-forms/ 2026-01-01T00:00:00Z");
        CliRunner.Result bad = CliRunner.in(dir, BuiltinRules.all()).with(Map.of("SOURCE_DATE_EPOCH", "soon"), false)
                .run("package", "skills", "--output", "out2");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("skillpack: SOURCE_DATE_EPOCH must be seconds since 1970, not 'soon'\n");
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    @Test
    void aPackWithErrorsIsNotPackagedUnlessAsked() throws IOException {
        skill(dir.resolve("skills/pdf-forms"), SKILL.replace("name: pdf-forms", "name: pdf-filler"));
        CliRunner.Result r = cli.run("package", "skills", "--output", "out");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).startsWith("skills/pdf-forms/SKILL.md:2:7: error SP011(name-folder-mismatch) name "
                + "'pdf-filler' does not match the folder name 'pdf-forms'")
                .endsWith("1 error, 0 warnings, 0 infos in 1 skill (3 files); target agentskills (default)\n");
        assertThat(r.err()).isEqualTo("skillpack: not packaged: the pack has 1 error; fix it or give --with-errors "
                + "to package anyway\n");
        assertThat(dir.resolve("out")).doesNotExist();
        CliRunner.Result forced = cli.run("package", "skills", "--output", "out", "--with-errors");
        assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCodes.OK);
        assertThat(forced.out()).contains("packaged pdf-filler into out/pdf-filler.skill (2 files, ");
    }

    @Test
    void anOutputThatIsAFileIsAUsageError() throws IOException {
        skill(dir.resolve("skills/pdf-forms"), SKILL);
        Files.writeString(dir.resolve("out"), "not a folder", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("package", "skills", "--output", "out");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("skillpack: out is a file; give a folder for the archives\n");
    }

    @Test
    void aSkillThatCannotBePackagedLeavesTheOutputAsItWas() throws IOException {
        skill(dir.resolve("skills/pdf-forms"), SKILL);
        skill(dir.resolve("skills/zz"), SKILL.replace("name: pdf-forms", "name: zz_Bad"));
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/pdf-forms.skill"), "an older archive");

        CliRunner.Result r = cli.run("package", "skills", "--output", "out", "--with-errors");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("skillpack: cannot package the skills: skills/zz/SKILL.md: name 'zz_Bad' is not "
                + "a valid skill name; packaging needs 1-64 lower-case letters, digits and single hyphens, since the "
                + "name becomes the folder name\n");
        assertThat(r.out()).doesNotContain("packaged ");
        // pdf-forms sorts first, so its archive was written before zz failed: staged, then taken back
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("pdf-forms.skill");
        }
        assertThat(Files.readString(dir.resolve("out/pdf-forms.skill"))).isEqualTo("an older archive");
    }

    @Test
    void twoSkillsOfOneNameInTwoPathsAreRefusedBeforeAnythingIsWritten() throws IOException {
        skill(dir.resolve("a/pdf-forms"), SKILL);
        skill(dir.resolve("b/pdf-forms"), SKILL.replace("Fills PDF forms.", "Fills other PDF forms."));

        CliRunner.Result r = cli.run("package", "a", "b", "--output", "out");

        assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("skillpack: cannot package the skills: b: two skills are named 'pdf-forms'; a "
                + "package holds one archive per name, so rename one\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void manySkillsAreWrittenInNameOrder() throws IOException {
        for (String name : List.of("delta", "alpha", "charlie", "bravo")) {
            skill(dir.resolve("skills/" + name), SKILL.replace("pdf-forms", name));
        }

        CliRunner.Result r = cli.run("package", "skills", "--output", "out");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines().filter(l -> l.startsWith("packaged ")).map(l -> l.split(" ")[1]))
                .containsExactly("alpha", "bravo", "charlie", "delta");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("alpha.skill", "bravo.skill", "charlie.skill", "delta.skill");
        }
    }
}
