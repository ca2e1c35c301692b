package dev.skillpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.pack.SafeUnpacker;
import dev.skillpack.core.parse.SkillParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and unpacking hostile and clean archives: every refusal is a problem, nothing leaves the target. */
class ArchiveSkillSourceTest {
    private static final String SKILL = "---\nname: pdf\ndescription: Reads PDFs. Use when a PDF is given.\n---\n# PDF\n";

    @TempDir
    Path dir;

    private Path zip(RawZip zip) throws IOException {
        Path file = dir.resolve("in.skill");
        Files.write(file, zip.bytes());
        return file;
    }

    private static List<String> messages(ArchiveSkillSource source) {
        return source.problems().stream().map(p -> p.code() + " " + p.span().path() + ": " + p.message()).toList();
    }

    private ArchiveSkillSource open(RawZip zip) throws IOException {
        return ArchiveSkillSource.open(zip(zip), "in.skill", ArchiveLimits.defaults(), SourceLimits.defaults());
    }

    @Test
    void aCleanArchiveIsParsedWithoutUnpacking() throws IOException {
        ArchiveSkillSource source = open(new RawZip().file("pdf/SKILL.md", SKILL)
                .file("pdf/scripts/run.sh", "echo hi\n".getBytes(), true, 0100755));
        assertThat(source.problems()).isEmpty();
        SkillPack pack = SkillParser.create().parsePack(source);
        assertThat(pack.problems()).isEmpty();
        Skill skill = pack.skills().get(0);
        assertThat(skill.path()).isEqualTo("in.skill!/pdf");
        assertThat(skill.skillFile().path()).isEqualTo("in.skill!/pdf/SKILL.md");
        assertThat(skill.frontmatter().name()).contains("pdf");
        assertThat(skill.problems()).isEmpty();
        assertThat(source.executable("pdf/scripts/run.sh")).isTrue();
        assertThat(source.executable("pdf/SKILL.md")).isFalse();
    }

    @Test
    void unsafeNamesAreRefusedOneByOne() throws IOException {
        ArchiveSkillSource source = open(new RawZip().file("pdf/SKILL.md", SKILL)
                .file("../evil.sh", "x").file("pdf/../../evil2", "x").file("/etc/passwd", "x")
                .file("C:/windows/evil", "x").file("pdf\\..\\evil3", "x").file("pdf/a\u001b[2J", "x")
                .file("pdf//double", "x").file("pdf/./dot", "x"));
        assertThat(messages(source)).containsExactly(
                "ARCHIVE_ENTRY_UNSAFE in.skill!/../evil.sh: archive entry holds a '.', '..' or empty path segment; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/../../evil2: archive entry holds a '.', '..' or empty path segment; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!//etc/passwd: archive entry has an absolute name; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/C:/windows/evil: archive entry starts with a drive letter; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf\\..\\evil3: archive entry holds a backslash, which Windows reads as a folder separator; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/a\u001b[2J: archive entry holds a control character; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf//double: archive entry holds a '.', '..' or empty path segment; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/./dot: archive entry holds a '.', '..' or empty path segment; it was not read");
        assertThat(source.files()).containsOnlyKeys("pdf/SKILL.md");
    }

    @Test
    void linksDuplicatesAndCaseCollisionsAreRefused() throws IOException {
        ArchiveSkillSource source = open(new RawZip().file("pdf/SKILL.md", SKILL).link("pdf/key", "/home/u/.ssh/id_rsa")
                .file("pdf/a.md", "one").file("pdf/a.md", "two").file("pdf/Guide.md", "x").file("pdf/guide.md", "y")
                .file("pdf/caf\u00e9.md", "x").file("pdf/cafe\u0301.md", "y").file("pdf/x", "file").file("pdf/x/y", "z"));
        assertThat(messages(source)).containsExactly(
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/key: archive entry is a symbolic link; archives may hold only files and folders; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/a.md: archive entry appears twice, and tools disagree on which copy they unpack; neither was read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/guide.md: archive entry differs from pdf/Guide.md only in case or Unicode normalisation; both cannot exist on macOS or Windows; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/cafe\u0301.md: archive entry differs from pdf/caf\u00e9.md only in case or Unicode normalisation; both cannot exist on macOS or Windows; it was not read",
                "ARCHIVE_ENTRY_UNSAFE in.skill!/pdf/x: archive entry is both a file and a folder; it was not read");
        assertThat(source.files()).containsOnlyKeys("pdf/SKILL.md", "pdf/Guide.md", "pdf/caf\u00e9.md", "pdf/x/y");
    }

    @Test
    void zipBombsAreStoppedByRatioAndTotalCountingRealBytes() throws IOException {
        byte[] zeros = new byte[20 << 20];
        ArchiveSkillSource ratio = open(new RawZip().file("pdf/SKILL.md", SKILL).file("pdf/bomb.bin", zeros, true, 0100644));
        assertThat(messages(ratio)).singleElement().asString()
                .startsWith("ARCHIVE_LIMIT in.skill!/pdf/bomb.bin: archive entry inflates to more than 16777216 bytes");
        ArchiveLimits lowTotal = new ArchiveLimits(10_000, 8 << 20, 3 << 20, 1_000_000);
        byte[] two = new byte[2 << 20];
        ArchiveSkillSource total = ArchiveSkillSource.open(zip(new RawZip().file("a", two, true, 0100644)
                .file("b", two, true, 0100644)), "in.skill", lowTotal, SourceLimits.defaults());
        assertThat(messages(total)).containsExactly("ARCHIVE_LIMIT in.skill!/b: archive inflates to more than 3145728 "
                + "bytes; this entry and the rest were not read");
        ArchiveLimits strictRatio = new ArchiveLimits(10_000, 8 << 20, 64 << 20, 100);
        ArchiveSkillSource bomb = ArchiveSkillSource.open(zip(new RawZip().file("a", two, true, 0100644)), "in.skill",
                strictRatio, SourceLimits.defaults());
        assertThat(messages(bomb)).singleElement().asString().startsWith("ARCHIVE_LIMIT in.skill!/a: archive entry "
                + "inflates ").contains("times its compressed size (the limit is 100), the mark of a zip bomb");
        ArchiveLimits fewEntries = new ArchiveLimits(2, 8 << 20, 64 << 20, 100);
        ArchiveSkillSource many = ArchiveSkillSource.open(zip(new RawZip().file("a", "1").file("b", "2").file("c", "3")),
                "in.skill", fewEntries, SourceLimits.defaults());
        assertThat(messages(many)).containsExactly("ARCHIVE_LIMIT in.skill: archive declares 3 entries; the limit is 2, "
                + "so it was not read");
    }

    @Test
    void garbageIsAProblemNotAnException() throws IOException {
        Path file = dir.resolve("junk.zip");
        Files.writeString(file, "not a zip at all");
        ArchiveSkillSource source = ArchiveSkillSource.open(file, "junk.zip", ArchiveLimits.defaults(),
                SourceLimits.defaults());
        assertThat(messages(source)).containsExactly("UNREADABLE junk.zip: not a zip archive (no end of central "
                + "directory found); a .skill, .zip or .jar file is a zip");
        SkillPack pack = SkillParser.create().parsePack(source);
        assertThat(pack.problems()).extracting(ParseProblem::code)
                .containsExactly(ProblemCode.UNREADABLE, ProblemCode.SKILL_FILE_MISSING);
    }

    @Test
    void unpackRefusesAHostileArchiveAndWritesNothing() throws IOException {
        Path slip = zip(new RawZip().file("pdf/SKILL.md", SKILL).file("../../outside.txt", "pwned"));
        Path target = dir.resolve("out/pdf");
        assertThatThrownBy(() -> SafeUnpacker.withDefaults().unpack(slip, "in.skill", target))
                .isInstanceOf(SafeUnpacker.UnpackException.class)
                .hasMessage("refused in.skill: 1 problem found; nothing was written");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("outside.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("outside.txt")).doesNotExist();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())).containsExactly("in.skill");
        }
    }

    @Test
    void unpackWritesACleanArchiveCompletely() throws Exception {
        Path clean = zip(new RawZip().file("pdf/SKILL.md", SKILL).file("pdf/scripts/run.sh", "echo\n".getBytes(), false,
                0100755));
        Path target = dir.resolve("out");
        SafeUnpacker.Unpacked done = SafeUnpacker.withDefaults().unpack(clean, "in.skill", target);
        assertThat(done.files()).isEqualTo(2);
        assertThat(Files.readString(target.resolve("pdf/SKILL.md"))).isEqualTo(SKILL);
        assertThat(Files.isExecutable(target.resolve("pdf/scripts/run.sh"))).isTrue();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.skill", "out");
        }
        assertThatThrownBy(() -> SafeUnpacker.withDefaults().unpack(clean, "in.skill", target))
                .hasMessage("out already exists and is not an empty folder; choose a new folder");
    }
}
