package dev.skillpack.validator.analysis.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {
    private static final List<String> EXPRESSIONS = List.of("the vast majority of", "(?:at|in) this point in time",
            "keep (it|responses|answers) (short|brief|concise)", "\\Qdon't\\E\\s+touch", "utili[sz]e",
            "in order to", "(do not|don't|never) (add|write) comments");
    private static final List<String> TEXTS = List.of("", "The VAST majority of users", "at this point\nin time",
            "Keep it brief.", "keep answers concise", "Please utilize it", "in ordre to", "Don't add comments",
            "\u017Fhort and \u0131n order to", "th\u00e9 vast majority", "never write comments 2 times",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9");

    @Test
    void thePairTestGivesTheSameAnswerAsContainsAlone() {
        for (String expression : EXPRESSIONS) {
            LiteralPrefilter prefilter = LiteralPrefilter.of(expression);
            for (String text : TEXTS) {
                assertThat(prefilter.mayMatch(LiteralPrefilter.Text.of(text))).as("%s in '%s'", expression, text)
                        .isEqualTo(prefilter.mayMatch(LiteralPrefilter.lower(text)));
            }
        }
    }

    @Test
    void neverRulesOutAMatch() {
        for (String expression : EXPRESSIONS) {
            Pattern pattern = Pattern.compile("(?i)" + expression);
            LiteralPrefilter prefilter = LiteralPrefilter.of(expression);
            for (String text : TEXTS) {
                if (pattern.matcher(text).find()) {
                    assertThat(prefilter.mayMatch(LiteralPrefilter.Text.of(text))).as("%s in '%s'", expression, text)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void rulesOutTextMissingARequiredWord() {
        LiteralPrefilter prefilter = LiteralPrefilter.of("the vast majority of");

        assertThat(prefilter.mayMatch(LiteralPrefilter.Text.of("the vast number of"))).isFalse();
        assertThat(prefilter.mayMatch(LiteralPrefilter.Text.of("The Vast Majority Of"))).isTrue();
    }
}
