package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters each format must escape, and the text report's column arithmetic. */
class EscapingTest {
    @Test
    void githubEscapesDataAndProperties() {
        assertThat(GithubReporter.data("50% done\r\nnext, a: b")).isEqualTo("50%25 done%0D%0Anext, a: b");
        assertThat(GithubReporter.property("a,b:c%")).isEqualTo("a%2Cb%3Ac%25");
    }

    @Test
    void junitEscapesMarkupAndDropsIllegalCharacters() {
        assertThat(JunitReporter.text("a < b & c > d\u0001")).isEqualTo("a &lt; b &amp; c &gt; d\uFFFD");
        assertThat(JunitReporter.attr("say \"hi\"\n'there'")).isEqualTo("say &quot;hi&quot;&#10;&apos;there&apos;");
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
    void textColumnsCountTabsWideAndCombiningCharacters() {
        assertThat(TextReporter.width("\tx", 1)).isEqualTo(4);
        assertThat(TextReporter.width("ab\tx", 3)).isEqualTo(4);
        assertThat(TextReporter.width("技能x", 2)).isEqualTo(4);
        assertThat(TextReporter.width("e\u0301x", 2)).isEqualTo(1);
        assertThat(TextReporter.width("\uD83D\uDE00x", 2)).isEqualTo(2);
        assertThat(TextReporter.expand("a\tb")).isEqualTo("a   b");
    }

    @Test
    void summaryCountsInWords() {
        assertThat(TextReporter.summary(new Summary(1, 2, 0, 3, 1, 5)))
                .isEqualTo("1 error, 2 warnings, 0 infos in 1 skill (5 files); 3 suppressed");
        assertThat(TextReporter.summary(new Summary(0, 0, 0, 0, 2, 1))).isEqualTo("no problems in 2 skills (1 file)");
    }
}
