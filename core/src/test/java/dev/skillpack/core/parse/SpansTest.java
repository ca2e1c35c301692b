package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.source.MemorySkillSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exact spans of every kind of element in {@code spans/span-demo/SKILL.md}, read as written (LF), with
 * CRLF line breaks and with a UTF-8 byte-order mark. The expected numbers were worked out from the
 * file's text independently of the parser. Lines and columns do not change between the variants; with
 * CRLF every offset grows by one per line break before it.
 */
class SpansTest {
    private static final Path DEMO = Path.of("src/test/resources/spans/span-demo");
    private static final String FILE = "span-demo/SKILL.md";

    enum Variant {
        LF, CRLF, BOM;

        /** Offset of a position on a 1-based line, given its offset in the LF text. */
        int offset(int lfOffset, int line) {
            return this == CRLF ? lfOffset + line - 1 : lfOffset;
        }

        /** Length of a span over several lines, given its length in the LF text. */
        int length(int lfLength, int firstLine, int lastLine) {
            return this == CRLF ? lfLength + lastLine - firstLine : lfLength;
        }
    }

    private static Skill parse(Variant variant) throws IOException {
        String text = Files.readString(DEMO.resolve("SKILL.md"));
        byte[] bytes = switch (variant) {
            case LF -> text.getBytes(StandardCharsets.UTF_8);
            case CRLF -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            case BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        };
        return SkillParser.create().parseSkill(MemorySkillSource.of("span-demo", Map.of(
                "SKILL.md", bytes,
                "references/guide.md", Files.readAllBytes(DEMO.resolve("references/guide.md")),
                "references/my notes.md", Files.readAllBytes(DEMO.resolve("references/my notes.md")))));
    }

    private static void assertSpan(SourceSpan span, Variant v, int line, int column, int endLine, int endColumn,
                                   int lfOffset, int lfLength) {
        assertThat(span).isEqualTo(new SourceSpan(FILE, line - 1, column - 1, endLine - 1, endColumn - 1,
                v.offset(lfOffset, line), v.length(lfLength, line, endLine)));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void fileFactsAreRecorded(Variant v) throws IOException {
        Skill skill = parse(v);
        TextFile file = skill.skillFile();
        assertThat(skill.problems()).isEmpty();
        assertThat(file.byteOrderMark()).isEqualTo(v == Variant.BOM);
        assertThat(file.lineEndings()).isEqualTo(v == Variant.CRLF ? TextFile.LineEndings.CRLF : TextFile.LineEndings.LF);
        assertThat(file.text()).doesNotStartWith("\uFEFF");
        assertThat(file.lines().lineCount()).isEqualTo(26);
        assertThat(file.lines().lineText(9)).isEqualTo(
                "See [gone](references/nope.md), [up](../other/SKILL.md), [anchor](#usage),");
        assertThat(skill.body().bodyOffset()).isEqualTo(v.offset(86, 7));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void frontmatterKeysAndValues(Variant v) throws IOException {
        Skill skill = parse(v);
        List<YamlEntry> entries = skill.frontmatter().entries();
        assertThat(entries).extracting(YamlEntry::key).containsExactly("name", "description", "metadata");
        assertThat(skill.frontmatter().span().offset()).isZero();
        assertThat(skill.frontmatter().span().length()).isEqualTo(v.offset(86, 7));
        assertSpan(skill.frontmatter().yamlSpan(), v, 2, 1, 6, 1, 4, 78);

        YamlEntry name = entries.get(0);
        assertSpan(name.keySpan(), v, 2, 1, 2, 5, 4, 4);
        assertThat(name.value()).isInstanceOf(YamlScalar.class);
        assertSpan(name.value().span(), v, 2, 7, 2, 16, 10, 9);
        assertSpan(name.extent(), v, 2, 1, 2, 16, 4, 15);

        YamlEntry description = entries.get(1);
        assertSpan(description.keySpan(), v, 3, 1, 3, 12, 20, 11);
        assertThat(((YamlScalar) description.value()).text()).isEqualTo("Shows spans: all kinds");
        assertSpan(description.value().span(), v, 3, 14, 3, 38, 33, 24);

        YamlEntry metadata = entries.get(2);
        assertSpan(metadata.keySpan(), v, 4, 1, 4, 9, 58, 8);
        assertSpan(metadata.extent(), v, 4, 1, 5, 14, 58, 23);
        YamlEntry owner = ((YamlMapping) metadata.value()).entries().get(0);
        assertThat(owner.key()).isEqualTo("owner");
        assertSpan(owner.keySpan(), v, 5, 3, 5, 8, 70, 5);
        assertThat(((YamlScalar) owner.value()).text()).isEqualTo("team");
        assertSpan(owner.value().span(), v, 5, 10, 5, 14, 77, 4);
        assertThat(skill.frontmatter().metadata()).containsExactly(Map.entry("owner", "team"));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void headingsAndSections(Variant v) throws IOException {
        Skill skill = parse(v);
        List<Heading> headings = skill.body().headings();
        assertThat(headings).extracting(Heading::level, Heading::text, Heading::anchor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Span demo", "span-demo"),
                org.assertj.core.groups.Tuple.tuple(2, "Usage", "usage"),
                org.assertj.core.groups.Tuple.tuple(2, "Setext heading", "setext-heading"));
        assertSpan(headings.get(0).span(), v, 7, 1, 7, 12, 86, 11);
        assertSpan(headings.get(1).span(), v, 13, 1, 13, 9, 295, 8);
        assertSpan(headings.get(2).span(), v, 19, 1, 20, 15, 346, 29);

        List<Section> top = skill.body().sections();
        assertThat(top).hasSize(1);
        Section demo = top.get(0);
        assertSpan(demo.span(), v, 7, 1, 25, 18, 86, 333);
        assertThat(demo.blocks()).hasSize(1).first().isInstanceOf(Paragraph.class);
        assertThat(demo.children()).extracting(s -> s.heading().text()).containsExactly("Usage", "Setext heading");
        assertSpan(demo.children().get(0).span(), v, 13, 1, 17, 4, 295, 49);
        assertThat(demo.children().get(0).codeExamples()).hasSize(1);
        assertThat(demo.children().get(1).codeExamples()).hasSize(2);
        assertThat(skill.body().preamble()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void paragraphWithItsLinks(Variant v) throws IOException {
        Paragraph paragraph = parse(v).body().paragraphs().get(0);
        assertSpan(paragraph.span(), v, 9, 1, 11, 69, 99, 194);
        assertThat(paragraph.container()).isEqualTo(Block.Container.ROOT);
        assertThat(paragraph.text()).isEqualTo("Read the guide first. See gone, up, anchor, site and notes.");
        assertThat(paragraph.links()).hasSize(6);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyKindOfLinkTarget(Variant v) throws IOException {
        List<Link> links = parse(v).body().links();
        assertThat(links).extracting(Link::destination).containsExactly("references/guide.md#setup",
                "references/nope.md", "../other/SKILL.md", "#usage", "https://example.com/x",
                "references/my%20notes.md");
        assertThat(links).extracting(Link::target).containsExactly(
                new LinkTarget(LinkTarget.Kind.FILE, "references/guide.md", "setup"),
                new LinkTarget(LinkTarget.Kind.MISSING, "references/nope.md", ""),
                new LinkTarget(LinkTarget.Kind.OUTSIDE, "../other/SKILL.md", ""),
                new LinkTarget(LinkTarget.Kind.ANCHOR, "", "usage"),
                new LinkTarget(LinkTarget.Kind.EXTERNAL, "", ""),
                new LinkTarget(LinkTarget.Kind.FILE, "references/my notes.md", ""));
        assertThat(links).extracting(Link::text).containsExactly("the guide", "gone", "up", "anchor", "site", "notes");
        assertSpan(links.get(0).span(), v, 9, 6, 9, 44, 104, 38);
        assertSpan(links.get(1).span(), v, 10, 5, 10, 31, 154, 26);
        assertSpan(links.get(2).span(), v, 10, 33, 10, 56, 182, 23);
        assertSpan(links.get(3).span(), v, 10, 58, 10, 74, 207, 16);
        assertSpan(links.get(4).span(), v, 11, 1, 11, 30, 225, 29);
        assertSpan(links.get(5).span(), v, 11, 35, 11, 68, 259, 33);
        assertThat(links.get(0).skillPath()).contains("references/guide.md");
        assertThat(links.get(2).skillPath()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void codeBlocks(Variant v) throws IOException {
        List<CodeExample> code = parse(v).body().codeExamples();
        assertThat(code).hasSize(3);

        CodeExample python = code.get(0);
        assertThat(python.info()).isEqualTo("python title=demo.py");
        assertThat(python.language()).contains("python");
        assertThat(python.attributes()).containsExactly("title=demo.py");
        assertThat(python.code()).isEqualTo("print(\"hi\")\n");
        assertThat(python.fenced()).isTrue();
        assertThat(python.closed()).isTrue();
        assertSpan(python.span(), v, 15, 1, 17, 4, 305, 39);

        CodeExample indented = code.get(1);
        assertThat(indented.fenced()).isFalse();
        assertThat(indented.closed()).isTrue();
        assertThat(indented.language()).isEmpty();
        assertThat(indented.attributes()).isEmpty();
        assertThat(indented.code()).isEqualTo("indented code\n");
        assertSpan(indented.span(), v, 22, 1, 22, 18, 377, 17);

        CodeExample unclosed = code.get(2);
        assertThat(unclosed.language()).contains("sh");
        assertThat(unclosed.closed()).isFalse();
        assertThat(unclosed.code()).isEqualTo("echo never closed\n");
        assertSpan(unclosed.span(), v, 24, 1, 25, 18, 396, 23);
    }

    @Test
    void spansOfAReferenceFileUseItsOwnPath() throws IOException {
        Skill skill = parse(Variant.LF);
        assertThat(skill.references()).extracting(r -> r.relativePath())
                .containsExactly("references/guide.md", "references/my notes.md");
        Heading setup = skill.references().get(0).document().headings().get(1);
        assertThat(setup.text()).isEqualTo("Setup");
        assertThat(setup.span()).isEqualTo(new SourceSpan("span-demo/references/guide.md", 2, 0, 2, 8, 9, 8));
    }
}
