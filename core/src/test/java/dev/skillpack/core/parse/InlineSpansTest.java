package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Inline;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.source.MemorySkillSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parser keeps what commonmark saw: each inline element with its span, and each text file decoded
 * once, the same {@code TextFile} shared by the resource and its Markdown document.
 */
class InlineSpansTest {
    private static final String FRONT = "---\nname: demo\ndescription: Demo. Use when testing.\n---\n";

    private static Skill parse(String body) {
        return SkillParser.create().parseSkill(MemorySkillSource.of("demo", Map.of(
                "SKILL.md", (FRONT + body).getBytes(StandardCharsets.UTF_8),
                "scripts/run.sh", "echo hi\r\n".getBytes(StandardCharsets.UTF_8),
                "assets/logo.bin", new byte[] {0, 1, 2})));
    }

    /** "KIND 'source text'" for every inline element, in document order. */
    private static List<String> shown(MarkdownDocument doc) {
        String text = doc.file().text();
        return doc.inlines().stream().map(i -> i.kind() + " '"
                + text.substring(i.span().offset(), i.span().endOffset()) + "'").toList();
    }

    @Test
    void paragraphInlinesAreKeptWithTheirSpans() {
        MarkdownDocument doc = parse("Run **now** \\* see [the guide](references/g.md) <kbd>x</kbd> `code` "
                + "<https://x.dev> ![logo](a.png) <!-- note -->\n").body();
        assertThat(shown(doc)).containsExactly(
                "TEXT 'Run '", "STRONG_EMPHASIS '**now**'", "TEXT 'now'", "TEXT ' \\* see '", "ESCAPE '\\'",
                "LINK '[the guide](references/g.md)'", "TEXT 'the guide'", "TEXT ' '", "HTML '<kbd>'",
                "TEXT 'x'", "HTML '</kbd>'", "TEXT ' '", "CODE '`code`'", "TEXT ' '",
                "AUTOLINK '<https://x.dev>'", "TEXT 'https://x.dev'", "TEXT ' '", "IMAGE '![logo](a.png)'",
                "TEXT 'logo'", "TEXT ' '", "HTML '<!-- note -->'");
        Inline strong = doc.inlines().get(1);
        assertThat(strong.span().line()).isEqualTo(5);
        assertThat(strong.span().column()).isEqualTo(5);
        assertThat(strong.span().path()).isEqualTo("demo/SKILL.md");
    }

    @Test
    void headingMarkersContinuationPrefixesAndTableCellsAreNotText() {
        // a cell past the header's columns is dropped by GFM but kept here as literal text: agents read it
        MarkdownDocument doc = parse("# Use *it* #\n\n- one\n  two\\\n  three  \n  four\n\n| a | `b` |\n|---|---|\n| _c_ | | extra |\n")
                .body();
        assertThat(shown(doc)).containsExactly(
                "TEXT 'Use '", "EMPHASIS '*it*'", "TEXT 'it'",
                "TEXT 'one'", "TEXT 'two'", "HARD_BREAK '\\'", "TEXT 'three  '", "TEXT 'four'",
                "TABLE_CELL ' a '", "TEXT 'a'", "TABLE_CELL ' `b` '", "CODE '`b`'",
                "TABLE_CELL ' _c_ '", "EMPHASIS '_c_'", "TEXT 'c'", "TABLE_CELL ' '",
                "TABLE_CELL ' extra '", "TEXT ' extra '");
    }

    @Test
    void eachTextFileIsDecodedOnceAndShared() {
        Skill skill = parse("Body.\n");
        Resource skillFile = skill.resource("SKILL.md").orElseThrow();
        assertThat(skillFile.textFile()).containsSame(skill.skillFile());
        assertThat(skill.body().file()).isSameAs(skill.skillFile());
        Resource script = skill.resource("scripts/run.sh").orElseThrow();
        assertThat(script.textFile().orElseThrow().text()).isEqualTo("echo hi\r\n");
        assertThat(script.text()).isSameAs(script.textFile().orElseThrow().text());
        assertThat(skill.resource("assets/logo.bin").orElseThrow().textFile()).isEmpty();
    }
}
