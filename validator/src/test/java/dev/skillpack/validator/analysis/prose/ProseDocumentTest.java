package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseDocumentTest {

    private static ProseBlock only(ProseDocument doc, ProseBlock.Kind kind) {
        List<ProseBlock> blocks = doc.blocks().stream().filter(b -> b.kind() == kind).toList();
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    @Test
    void masksCodeLinksUrlsMarkupAndCommentsKeepingOffsets() {
        ProseDocument doc = Prose.of(
                "Run `make test`, read [the guide](docs/guide.md) and https://example.com/x **now** <!-- c -->.\n");
        ProseBlock block = only(doc, ProseBlock.Kind.PARAGRAPH);
        String file = doc.document().file().text();
        assertThat(file.substring(block.start(), block.end())).startsWith("Run `make test`");
        assertThat(block.text()).hasSameSizeAs(file.substring(block.start(), block.end()));
        assertThat(block.text().replaceAll("\\s+", " "))
                .isEqualTo("Run " + "\uE000".repeat(11) + ", read the guide and " + "\uE000".repeat(21) + " now .");
    }

    @Test
    void unquotedMasksQuotations() {
        ProseBlock block = only(Prose.of("Don't write \"follow best practices\" or ‘be careful’ here.\n"),
                ProseBlock.Kind.PARAGRAPH);
        assertThat(block.unquoted()).doesNotContain("best practices").doesNotContain("careful")
                .contains("Don't write").contains("here.");
        assertThat(block.text()).contains("follow best practices");
    }

    @Test
    void marksExamplesAsIllustrative() {
        ProseDocument doc = Prose.of("""
                # Guide

                Follow the steps.

                > Quoted advice.

                **Bad:** Be thorough.

                Avoid phrases like:

                - follow best practices
                - be careful

                Next paragraph.

                ## Examples

                Review the code.
                """);
        List<String> illustrative = doc.paragraphs().stream().filter(ProseBlock::illustrative)
                .map(b -> b.text().strip().replaceAll("\\s+", " ")).toList();
        assertThat(illustrative).containsExactly("Quoted advice.", "Bad: Be thorough.", "follow best practices",
                "be careful", "Review the code.");
    }

    @Test
    void blocksInsideExampleTagsAreIllustrative() {
        ProseDocument doc = Prose.of("<example>\n\nBe thorough.\n\n</example>\n\nRun the tests.\n");
        assertThat(doc.paragraphs()).extracting(b -> b.text().strip(), ProseBlock::illustrative)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Be thorough.", true),
                        org.assertj.core.groups.Tuple.tuple("Run the tests.", false));
    }

    @Test
    void headingsAndTableCellsAreProseBlocksOfTheirOwn() {
        ProseDocument doc = Prose.of("## Set up `uv` ##\n\n| Step | Command |\n|---|---|\n| Install | `uv sync` |\n");
        assertThat(only(doc, ProseBlock.Kind.HEADING).text().strip()).isEqualTo("Set up \uE000\uE000\uE000\uE000");
        assertThat(doc.blocks().stream().filter(b -> b.kind() == ProseBlock.Kind.TABLE_CELL).map(b -> b.text().strip()))
                .containsExactly("Step", "Command", "Install", "\uE000".repeat(9));
    }

    @Test
    void sectionBlocksAreTheBlocksDirectlyUnderAHeading() {
        ProseDocument doc = Prose.of("Intro.\n\n# One\n\nA.\n\n```sh\nls\n```\n\n## Two\n\nB.\n");
        assertThat(doc.sectionBlocks(0)).hasSize(1);
        assertThat(doc.sectionBlocks(1)).hasSize(2);
        assertThat(doc.sectionBlocks(2)).hasSize(1);
        assertThat(doc.sectionBlocks(3)).isEmpty();
    }

    @Test
    void continuationMarkersOfBlockQuotesAreMasked() {
        ProseBlock block = only(Prose.of("> first line\n> second line\n"), ProseBlock.Kind.PARAGRAPH);
        assertThat(block.text()).doesNotContain(">");
        assertThat(block.illustrative()).isTrue();
    }
}
