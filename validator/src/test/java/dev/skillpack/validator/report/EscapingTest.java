package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters each format must escape, and the text report's column arithmetic. */
class EscapingTest {
    @Test
    void githubEscapesDataAndProperties() {
        assertThat(GithubReporter.data("50% done\r\nnext, a: b")).isEqualTo("50%25 done%0D%0Anext, a: b");
        assertThat(GithubReporter.property("a,b:c%")).isEqualTo("a%2Cb%3Ac%25");
        assertThat(GithubReporter.data("x\u001b[2J\u0007y\u202e")).isEqualTo("x\\u001b[2J\\u0007y\\u202e");
        assertThat(GithubReporter.property("skills/a\n::error::x.md"))
                .isEqualTo("skills/a%0A%3A%3Aerror%3A%3Ax.md");
    }

    @Test
    void junitEscapesMarkupAndControlCharacters() {
        assertThat(JunitReporter.text("a < b & c > d\u0001")).isEqualTo("a &lt; b &amp; c &gt; d\\u0001");
        assertThat(JunitReporter.attr("say \"hi\"\n'there'")).isEqualTo("say &quot;hi&quot;\\u000a&apos;there&apos;");
        assertThat(JunitReporter.text("\u001b]8;;http://x\u0007link\uD800")).isEqualTo("\\u001b]8;;http://x\\u0007link\\ud800");
    }

    @Test
    void htmlEscapesMarkupAndShowsControlCharacters() {
        assertThat(HtmlReporter.text("<script>alert('x')</script>\u001b]0;title\u0007 & \u202e"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\\u001b]0;title\\u0007 &amp; \\u202e");
    }

    @Test
    void sarifUrisArePercentEncoded() {
        assertThat(SarifReporter.uri("skills/has space/caf\u00e9/SKILL.md"))
                .isEqualTo("skills/has%20space/caf%C3%A9/SKILL.md");
    }

    @Test
    void codeFrameColumnsCountTabsWideAndCombiningCharacters() {
        assertThat(CodeFrame.of("\tx", 1, 2)).isEqualTo(new CodeFrame("    x", 4, 5));
        assertThat(CodeFrame.of("ab\tx", 3, 4)).isEqualTo(new CodeFrame("ab  x", 4, 5));
        assertThat(CodeFrame.of("技能x", 2, 3)).isEqualTo(new CodeFrame("技能x", 4, 5));
        assertThat(CodeFrame.of("e\u0301x", 2, 3)).isEqualTo(new CodeFrame("e\u0301x", 1, 2));
        assertThat(CodeFrame.of("\uD83D\uDE00x", 2, 3)).isEqualTo(new CodeFrame("\uD83D\uDE00x", 2, 3));
        assertThat(CodeFrame.of("abc", 1, 1)).isEqualTo(new CodeFrame("abc", 1, 2));
        assertThat(CodeFrame.of("abc", 3, 3)).isEqualTo(new CodeFrame("abc", 3, 4));
    }

    @Test
    void codeFrameEscapesControlsAndKeepsTheCaretUnderTheSpan() {
        // ESC [ 2 J clears the screen; shown as six visible characters plus "[2J"
        assertThat(CodeFrame.of("a\u001b[2Jb TODO", 7, 11))
                .isEqualTo(new CodeFrame("a\\u001b[2Jb TODO", 12, 16));
        assertThat(CodeFrame.of("x\u202ey", 2, 3)).isEqualTo(new CodeFrame("x\\u202ey", 7, 8));
        assertThat(CodeFrame.of("tag\uDB40\uDC41!", 5, 6)).isEqualTo(new CodeFrame("tag\\u{e0041}!", 12, 13));
        assertThat(CodeFrame.of("\u00a0 ::error::x", 8, 9)).isEqualTo(new CodeFrame("\u00a0 \\u003a:error::x", 13, 14));
        assertThat(CodeFrame.of("a ::b", 2, 3).text()).isEqualTo("a ::b");
    }

    @Test
    void codeFrameCutsALongLineToAWindowAroundTheSpan() {
        String line = "x".repeat(5_000_000) + "TODO" + "y".repeat(1000);
        CodeFrame frame = CodeFrame.of(line, 5_000_000, 5_000_004);
        assertThat(frame.text()).isEqualTo("\u2026" + "x".repeat(CodeFrame.CONTEXT) + "TODO"
                + "y".repeat(CodeFrame.WINDOW - CodeFrame.CONTEXT - 4)
                + "\u2026");
        assertThat(frame.from()).isEqualTo(CodeFrame.CONTEXT + 1);
        assertThat(frame.to()).isEqualTo(CodeFrame.CONTEXT + 5);
        CodeFrame wide = CodeFrame.of("z".repeat(10_000), 10, 9_000);
        assertThat(wide.text()).hasSize(CodeFrame.WINDOW + 1).startsWith("zzz").endsWith("\u2026");
        assertThat(wide.to()).isEqualTo(CodeFrame.WINDOW);
        CodeFrame pair = CodeFrame.of("\uD83D\uDE00".repeat(200), 101, 103);
        assertThat(pair.text()).doesNotContain("\uFFFD").startsWith("\u2026\uD83D");
    }

    @Test
    void summaryCountsInWords() {
        assertThat(TextReporter.summary(new Summary(1, 2, 0, 3, 1, 5)))
                .isEqualTo("1 error, 2 warnings, 0 infos in 1 skill (5 files); 3 suppressed");
        assertThat(TextReporter.summary(new Summary(0, 0, 0, 0, 2, 1))).isEqualTo("no problems in 2 skills (1 file)");
    }
}
