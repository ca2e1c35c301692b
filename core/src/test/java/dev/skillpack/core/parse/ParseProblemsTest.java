package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceEntry;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.source.SourceListing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link ProblemCode} with its exact message, file, line and column, written as
 * {@code CODE path:line:column message}. A problem never throws: each case also checks what could still be read.
 */
class ParseProblemsTest {
    private static final String VALID = "---\nname: demo\ndescription: Shows problems.\n---\n# Demo\n";
    private static final Set<ProblemCode> SEEN = EnumSet.noneOf(ProblemCode.class);

    @TempDir
    Path temp;

    private static Skill parse(String skillMd) {
        return SkillParser.create().parseSkill(MemorySkillSource.ofText("demo", Map.of("SKILL.md", skillMd)));
    }

    private static List<String> problems(List<ParseProblem> problems) {
        problems.forEach(p -> SEEN.add(p.code()));
        return problems.stream().map(p -> p.code() + " " + p.span().path() + ":" + p.span().line() + ":"
                + p.span().column() + " " + p.message()).toList();
    }

    private static List<String> problems(Skill skill) {
        return problems(skill.problems());
    }

    private static final AtomicInteger RUN = new AtomicInteger();
    private static volatile boolean someCaseSkipped;

    @BeforeEach
    void count() {
        RUN.incrementAndGet();
    }

    /** When the whole class ran, every problem code was produced by some case. */
    @AfterAll
    static void everyCodeIsCovered() {
        long cases = Arrays.stream(ParseProblemsTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
        if (RUN.get() == cases && !someCaseSkipped) {
            assertThat(SEEN).containsExactlyInAnyOrder(ProblemCode.values());
        }
    }

    @Test
    void hardenedReadingLimits() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Files.writeString(demo.resolve("long.md"), "# Long\n\n" + "word ".repeat(5000) + "\n");
        Files.createDirectories(demo.resolve("node_modules/x"));
        Files.writeString(demo.resolve("node_modules/x/index.js"), "1");
        Files.writeString(demo.resolve("z.txt"), "x".repeat(4000));
        SkillParser parser = SkillParser.builder().limits(new ParseLimits(64 * 1024, 16, 20_000)).build();
        Skill skill = parser.parseSkill(new DirectorySkillSource(demo, "demo",
                SourceLimits.defaults().withMaxSkillBytes(28_000)));
        assertThat(problems(skill)).containsExactly(
                "LINE_TOO_LONG demo/long.md:3:1 line is 25000 characters long; the limit is 20000. Wrap it: nobody can"
                        + " review a line this long, and minified or packed text hides what a skill does",
                "FOLDER_SKIPPED demo/node_modules:1:1 node_modules/ is a folder of tool output or installed "
                        + "dependencies; it was not read. Leave it out of the skill",
                "SKILL_TOO_LARGE demo/z.txt:1:1 skill's files add up to more than 28000 bytes; this one and the rest "
                        + "were not read");
    }

    @Test
    void fileOverTheAnalysisLimitIsDecodedButItsMarkdownIsNotParsed() {
        String skillMd = "---\nname: demo\ndescription: Shows problems.\n---\n# Demo\n\nSee [notes](notes.md).\n"
                + "word ".repeat(60) + "\n";
        String notes = "# Notes\n\n" + "A line of notes.\n".repeat(30);
        SkillParser parser = SkillParser.builder().limits(ParseLimits.defaults().withMaxAnalysedBytes(300)).build();
        Skill skill = parser.parseSkill(MemorySkillSource.ofText("demo", Map.of("SKILL.md", skillMd,
                "notes.md", notes, "small.md", "# Small\n\nShort.\n")));
        assertThat(problems(skill)).containsExactly(
                "TOO_LARGE_TO_ANALYSE demo/SKILL.md:1:1 SKILL.md is 380 bytes, over the limit of 300 bytes for a file"
                        + " to be analysed, so only its front matter and its characters were checked: split it into"
                        + " smaller files that SKILL.md names, or raise the limit if it must be this large",
                "TOO_LARGE_TO_ANALYSE demo/notes.md:1:1 notes.md is 519 bytes, over the limit of 300 bytes for a file"
                        + " to be analysed, so only its front matter and its characters were checked: split it into"
                        + " smaller files that SKILL.md names, or raise the limit if it must be this large");
        // the front matter is read, the text is kept whole for character checks, the Markdown is not parsed
        assertThat(skill.name()).contains("demo");
        assertThat(skill.skillFile().text()).isEqualTo(skillMd);
        assertThat(skill.body().bodyOffset()).isEqualTo(skillMd.indexOf("# Demo"));
        assertThat(skill.body().blocks()).isEmpty();
        assertThat(skill.body().links()).isEmpty();
        assertThat(skill.markdown("notes.md").orElseThrow().blocks()).isEmpty();
        assertThat(skill.resource("notes.md").orElseThrow().text()).isEqualTo(notes);
        assertThat(skill.markdown("small.md").orElseThrow().headings()).hasSize(1);
        // by default every file is analysed, whatever its size
        assertThat(problems(SkillParser.create().parseSkill(MemorySkillSource.ofText("demo",
                Map.of("SKILL.md", skillMd, "notes.md", notes))))).isEmpty();
        assertThat(ParseLimits.defaults().maxAnalysedBytes()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void archiveProblems() throws IOException {
        Path zip = temp.resolve("a.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("demo/SKILL.md"));
            out.write(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("../escape.md"));
            out.write(1);
            out.putNextEntry(new java.util.zip.ZipEntry("demo/zeros.bin"));
            out.write(new byte[3 << 20]);
        }
        dev.skillpack.core.source.ArchiveSkillSource source = dev.skillpack.core.source.ArchiveSkillSource.open(zip,
                "a.zip", new dev.skillpack.core.source.ArchiveLimits(100, 1 << 20, 64 << 20, 100),
                SourceLimits.defaults());
        assertThat(problems(SkillParser.create().parsePack(source).problems())).containsExactly(
                "ARCHIVE_ENTRY_UNSAFE a.zip!/../escape.md:1:1 archive entry holds a '.', '..' or empty path segment; "
                        + "it was not read");
        assertThat(problems(SkillParser.create().parsePack(source).skills().get(0))).containsExactly(
                "ARCHIVE_LIMIT a.zip!/demo/zeros.bin:1:1 archive entry inflates to more than 1048576 bytes; it and the"
                        + " rest of the archive were not read");
    }

    @Test
    void frontmatterMissing() {
        Skill skill = parse("# Demo\n\nNo front matter.\n");
        assertThat(problems(skill)).containsExactly("FRONTMATTER_MISSING demo/SKILL.md:1:1 SKILL.md must start with"
                + " YAML front matter: a line '---', the fields, and a closing '---'");
        assertThat(skill.frontmatter().present()).isFalse();
        assertThat(skill.body().headings()).hasSize(1);
    }

    @Test
    void frontmatterUnclosed() {
        Skill skill = parse("---\nname: demo\n# Demo\n");
        assertThat(problems(skill)).containsExactly(
                "FRONTMATTER_UNCLOSED demo/SKILL.md:1:1 front matter is not closed: add a line '---' after the last field");
        assertThat(skill.problems().get(0).span().length()).isEqualTo(3);
        assertThat(skill.frontmatter().present()).isTrue();
        assertThat(skill.frontmatter().closed()).isFalse();
    }

    @Test
    void unquotedColonInDescriptionGetsAQuotingHint() {
        Skill skill = parse("---\nname: demo\ndescription: Use when: the user asks\n---\n# Demo\n");
        assertThat(problems(skill)).containsExactly("YAML_SYNTAX demo/SKILL.md:3:22 front matter is not valid YAML:"
                + " mapping values are not allowed here; a value containing ': ' must be quoted,"
                + " e.g. description: \"Use when: ...\"");
        assertThat(skill.frontmatter().entries()).isEmpty();
        assertThat(skill.body().headings()).extracting(h -> h.text()).containsExactly("Demo");
    }

    @Test
    void tabIndentationIsASyntaxErrorAtTheTab() {
        assertThat(problems(parse("---\nname: demo\n\tdescription: x\n---\n"))).containsExactly(
                "YAML_SYNTAX demo/SKILL.md:3:1 front matter is not valid YAML: while scanning for the next token;"
                        + " found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void unclosedQuoteIsASyntaxErrorWhereTheFrontMatterEnds() {
        assertThat(problems(parse("---\nname: \"demo\n---\n"))).containsExactly(
                "YAML_SYNTAX demo/SKILL.md:3:1 front matter is not valid YAML: while scanning a quoted scalar;"
                        + " found unexpected end of stream");
    }

    @Test
    void notAMapping() {
        assertThat(problems(parse("---\n- name\n- description\n---\n"))).containsExactly(
                "YAML_NOT_MAPPING demo/SKILL.md:2:1 front matter is a YAML list; it must be a mapping of keys to"
                        + " values (name: ..., description: ...)");
        assertThat(problems(parse("---\njust some words\n---\n"))).containsExactly(
                "YAML_NOT_MAPPING demo/SKILL.md:2:1 front matter is a YAML string; it must be a mapping of keys to"
                        + " values (name: ..., description: ...)");
    }

    @Test
    void emptyFrontmatter() {
        String message = "front matter is empty; it must be a YAML mapping with at least name and description";
        assertThat(problems(parse("---\n---\n# Demo\n"))).containsExactly("YAML_NOT_MAPPING demo/SKILL.md:2:1 " + message);
        assertThat(problems(parse("---\n   \n\n---\n"))).containsExactly("YAML_NOT_MAPPING demo/SKILL.md:2:1 " + message);
        assertThat(problems(parse("---\n# only a comment\n---\n"))).containsExactly(
                "YAML_NOT_MAPPING demo/SKILL.md:2:1 " + message);
    }

    @Test
    void duplicateKeysAtAnyDepth() {
        Skill skill = parse("---\nname: demo\ndescription: a\nmetadata:\n  v: 1\n  v: 2\nname: again\n---\n");
        assertThat(problems(skill)).containsExactly(
                "YAML_DUPLICATE_KEY demo/SKILL.md:6:3 key 'v' appears more than once; keep one",
                "YAML_DUPLICATE_KEY demo/SKILL.md:7:1 key 'name' appears more than once; keep one");
        assertThat(skill.frontmatter().name()).contains("demo");
    }

    @Test
    void anchorsAndAliasesOnScalarsAndCollections() {
        Skill skill = parse("---\nname: &n demo\ndescription: *n\nmetadata: &m\n  a: b\nother: *m\n---\n");
        assertThat(problems(skill)).containsExactly(
                "YAML_ALIAS demo/SKILL.md:2:7 YAML anchors and aliases are not allowed in front matter (2 anchors "
                        + "and 2 aliases, the first anchor &n); write each value out");
        assertThat(skill.problems()).extracting(p -> p.span().length()).containsExactly(2);
    }

    @Test
    void ampersandsInsideValuesAreNotAnchors() {
        assertThat(problems(parse("---\nname: demo\ndescription: R&D notes & \"&quoted\"\nlicense: '&x'\n---\n")))
                .isEmpty();
    }

    @Test
    void nestingTooDeep() {
        SkillParser parser = SkillParser.builder().limits(new ParseLimits(64 * 1024, 3)).build();
        String yaml = "---\nname: demo\nmetadata:\n  a:\n    b: ok\n  c:\n    d:\n      e: too deep\n---\n";
        Skill skill = parser.parseSkill(MemorySkillSource.ofText("demo", Map.of("SKILL.md", yaml)));
        assertThat(problems(skill)).containsExactly(
                "YAML_LIMIT demo/SKILL.md:7:5 front matter is nested more than 3 levels deep; flatten it");
        assertThat(skill.frontmatter().entries()).isEmpty();
    }

    @Test
    void frontmatterTooLarge() {
        SkillParser parser = SkillParser.builder().limits(new ParseLimits(20, 16)).build();
        Skill skill = parser.parseSkill(MemorySkillSource.ofText("demo", Map.of("SKILL.md", VALID)));
        assertThat(problems(skill)).containsExactly(
                "YAML_LIMIT demo/SKILL.md:2:1 front matter is 40 characters (description alone is 29); the limit is 20");
        assertThat(skill.body().headings()).hasSize(1);
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        byte[] bytes = concat("---\nname: demo\ndescription: caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, '('}, " x\n---\n# Demo\n".getBytes(StandardCharsets.UTF_8));
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.of("demo", Map.of("SKILL.md", bytes)));
        assertThat(problems(skill)).containsExactly("ENCODING demo/SKILL.md:3:17 file is not valid UTF-8: byte 0xC3 at"
                + " byte offset 31 cannot be decoded; save the file as UTF-8");
        assertThat(skill.frontmatter().description()).contains("caf\uFFFD( x");
        assertThat(skill.resource("SKILL.md").orElseThrow().kind()).isEqualTo(Resource.Kind.BINARY);
    }

    @Test
    void invalidUtf8AfterABomCountsTheBomInTheByteOffset() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "---\nname: demo\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, '\n'},
                "---\n".getBytes(StandardCharsets.UTF_8));
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.of("demo", Map.of("SKILL.md", bytes)));
        assertThat(problems(skill)).contains("ENCODING demo/SKILL.md:3:1 file is not valid UTF-8: byte 0xFF at"
                + " byte offset 18 cannot be decoded; save the file as UTF-8");
    }

    @Test
    void utf16IsRefusedWithOneProblem() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, VALID.getBytes(StandardCharsets.UTF_16LE));
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.of("demo", Map.of("SKILL.md", bytes)));
        assertThat(problems(skill)).containsExactly(
                "ENCODING demo/SKILL.md:1:1 file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        assertThat(skill.frontmatter().entries()).isEmpty();
    }

    @Test
    void bothSkillFileNames() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Files.writeString(demo.resolve("skill.md"), "# Other\n");
        boolean caseSensitive;
        try (var listing = Files.list(demo)) {
            caseSensitive = listing.count() == 2;
        }
        if (!caseSensitive) {
            someCaseSkipped = true;
        }
        assumeTrue(caseSensitive, "file system ignores case");
        Skill skill = SkillParser.create().parseSkill(new DirectorySkillSource(demo, "demo", SourceLimits.defaults()));
        assertThat(problems(skill)).containsExactly(
                "SKILL_FILE_AMBIGUOUS demo/skill.md:1:1 both SKILL.md and skill.md exist; SKILL.md was read, delete skill.md");
        assertThat(skill.skillFile().relativePath()).isEqualTo("SKILL.md");
        assertThat(skill.frontmatter().name()).contains("demo");
    }

    @Test
    void lowerCaseSkillFileAloneIsAccepted() {
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.ofText("demo", Map.of("skill.md", VALID)));
        assertThat(skill.problems()).isEmpty();
        assertThat(skill.skillFile().relativePath()).isEqualTo("skill.md");
    }

    @Test
    void missingSkillFile() {
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.ofText("demo", Map.of("README.md", "# Hi\n")));
        assertThat(problems(skill)).containsExactly("SKILL_FILE_MISSING demo/SKILL.md:1:1 missing required file SKILL.md"
                + " in demo");
        assertThat(skill.references()).extracting(r -> r.relativePath()).containsExactly("README.md");

        SkillPack pack = SkillParser.create().parsePack(MemorySkillSource.ofText("pack", Map.of("a/README.md", "x")));
        assertThat(pack.skills()).isEmpty();
        assertThat(problems(pack.problems())).containsExactly("SKILL_FILE_MISSING pack:1:1 no SKILL.md found in this"
                + " folder or below it; a skill is a folder holding a SKILL.md");
    }

    @Test
    void symbolicLinks() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Files.createDirectories(demo.resolve("sub"));
        Files.writeString(demo.resolve("sub/real.md"), "# Real\n");
        Path secret = Files.writeString(temp.resolve("secret.md"), "# Secret\n");
        symlink(demo.resolve("outside.md"), secret);
        symlink(demo.resolve("folder"), demo.resolve("sub"));
        symlink(demo.resolve("broken.md"), temp.resolve("nowhere.md"));
        symlink(demo.resolve("inside.md"), demo.resolve("sub/real.md"));

        Skill skill = SkillParser.create().parseSkill(new DirectorySkillSource(demo, "demo", SourceLimits.defaults()));
        assertThat(problems(skill)).containsExactly(
                "SYMLINK demo/broken.md:1:1 broken symbolic link; remove it",
                "SYMLINK demo/outside.md:1:1 symbolic link points outside the folder (to " + secret.toRealPath()
                        + "); it was not followed, copy the file in instead");
        assertThat(skill.resources()).extracting(Resource::relativePath, Resource::executable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SKILL.md", false),
                org.assertj.core.groups.Tuple.tuple("folder/real.md", false),
                org.assertj.core.groups.Tuple.tuple("inside.md", false),
                org.assertj.core.groups.Tuple.tuple("sub/real.md", false));
        // a link to a folder inside the root is followed
        assertThat(skill.references()).extracting(r -> r.document().headings().get(0).text())
                .containsExactly("Real", "Real", "Real");
    }

    @Test
    void filesThatAreNotRegularFilesAreReportedNotRead() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Path socketPath = demo.resolve("agent.sock");
        try (java.nio.channels.ServerSocketChannel socket =
                     java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            try {
                socket.bind(java.net.UnixDomainSocketAddress.of(socketPath));
            } catch (UnsupportedOperationException | IOException e) {
                someCaseSkipped = true;
                assumeTrue(false, "cannot create a socket file here: " + e);
            }
            symlink(demo.resolve("to-socket"), socketPath);
            Files.createDirectories(temp.resolve("folder-skill/SKILL.md"));

            Skill skill = SkillParser.create().parseSkill(new DirectorySkillSource(demo, "demo", SourceLimits.defaults()));
            assertThat(problems(skill)).containsExactly(
                    "UNREADABLE demo/agent.sock:1:1 something that is not a regular file (a named pipe, socket or "
                            + "device); it was not read",
                    "SYMLINK demo/to-socket:1:1 symbolic link to something that is not a regular file (a named pipe, "
                            + "socket or device); it was not read");
        }
        SkillPack pack = SkillParser.create().parsePack(new DirectorySkillSource(temp.resolve("folder-skill"),
                "folder-skill", SourceLimits.defaults()));
        assertThat(problems(pack.problems())).contains("UNREADABLE folder-skill/SKILL.md:1:1 SKILL.md is a folder, "
                + "not a file; a skill needs SKILL.md as a Markdown file");
    }

    @Test
    void aRootThatIsASymbolicLinkIsEntered() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Path link = temp.resolve("linked");
        symlink(link, demo);
        Skill skill = SkillParser.create().parseSkill(link);
        assertThat(skill.problems()).isEmpty();
        assertThat(skill.folderName()).isEqualTo("linked");
        assertThat(skill.frontmatter().name()).contains("demo");
    }

    @Test
    void tooManyFilesStopsAtTheSameFileOnEveryFileSystem() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Files.writeString(demo.resolve("b.txt"), "b");
        Files.writeString(demo.resolve("a.txt"), "a");
        Skill skill = SkillParser.create().parseSkill(new DirectorySkillSource(demo, "demo",
                new SourceLimits(1024, 2, 32)));
        assertThat(problems(skill)).containsExactly(
                "TOO_MANY_FILES demo/b.txt:1:1 skill holds more than 2 files; this one and the rest were not read");
        assertThat(skill.resources()).extracting(Resource::relativePath).containsExactly("SKILL.md", "a.txt");
    }

    @Test
    void foldersTooDeep() throws IOException {
        Path demo = Files.createDirectories(temp.resolve("demo"));
        Files.writeString(demo.resolve("SKILL.md"), VALID);
        Files.createDirectories(demo.resolve("a/b/c"));
        Files.writeString(demo.resolve("a/one.md"), "# One\n");
        Files.writeString(demo.resolve("a/b/two.md"), "# Two\n");
        Files.writeString(demo.resolve("a/b/c/three.md"), "# Three\n");
        Skill skill = SkillParser.create().parseSkill(new DirectorySkillSource(demo, "demo",
                new SourceLimits(1024, 100, 2)));
        assertThat(problems(skill)).containsExactly(
                "TOO_DEEP demo/a/b/c:1:1 folder is nested more than 2 levels deep; its files were not read");
        assertThat(skill.resources()).extracting(Resource::relativePath)
                .containsExactly("SKILL.md", "a/b/two.md", "a/one.md");
    }

    @Test
    void fileTooLarge() {
        MemorySkillSource source = MemorySkillSource.of("demo", Map.of(
                "SKILL.md", VALID.getBytes(StandardCharsets.UTF_8),
                "assets/big.bin", new byte[200])).withLimits(new SourceLimits(100, 10, 5));
        Skill skill = SkillParser.create().parseSkill(source);
        assertThat(problems(skill)).containsExactly(
                "FILE_TOO_LARGE demo/assets/big.bin:1:1 file is 200 bytes; the limit is 100, so it was not read");
        Resource big = skill.resource("assets/big.bin").orElseThrow();
        assertThat(big.size()).isEqualTo(200);
        assertThat(big.content()).isEmpty();
        assertThat(skill.resource("SKILL.md").orElseThrow().content()).isPresent();
    }

    @Test
    void unreadableFile() {
        MemorySkillSource files = MemorySkillSource.ofText("demo", Map.of("SKILL.md", VALID, "notes.md", "# N\n"));
        SkillSource failing = new SkillSource() {
            @Override
            public String displayPath() {
                return files.displayPath();
            }

            @Override
            public SourceListing list() {
                return files.list();
            }

            @Override
            public byte[] read(SourceEntry entry) throws IOException {
                if (entry.path().equals("notes.md")) {
                    throw new IOException("device not ready");
                }
                return files.read(entry);
            }

            @Override
            public SourceLimits limits() {
                return files.limits();
            }
        };
        Skill skill = SkillParser.create().parseSkill(failing);
        assertThat(problems(skill)).containsExactly("UNREADABLE demo/notes.md:1:1 cannot read file: device not ready");
        assertThat(skill.references()).isEmpty();
        assertThat(skill.frontmatter().name()).contains("demo");
    }

    @Test
    void aFileInsteadOfAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("SKILL.md"), VALID);
        SkillPack pack = SkillParser.create().parsePack(new DirectorySkillSource(file, "SKILL.md",
                SourceLimits.defaults()));
        assertThat(problems(pack.problems())).containsExactly(
                "UNREADABLE SKILL.md:1:1 not a folder; give the folder that holds SKILL.md (or a folder of skills)",
                "SKILL_FILE_MISSING SKILL.md:1:1 no SKILL.md found in this folder or below it; a skill is a folder"
                        + " holding a SKILL.md");
    }

    private static void symlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            someCaseSkipped = true;
            assumeTrue(false, "file system refuses symbolic links: " + e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }
}
