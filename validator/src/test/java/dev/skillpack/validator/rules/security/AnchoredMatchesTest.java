package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredMatchesTest {

    private static List<String> all(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> anchored(Pattern p, String text, List<String> anchors, int before) {
        Matcher m = p.matcher(text);
        int[][] offsets = LiteralOffsets.of(anchors.stream().map(LiteralOffsets.Literal::exact).toList()).in(text);
        AnchoredMatches search = new AnchoredMatches(m, text, LiteralOffsets.merged(offsets), before);
        List<String> found = new ArrayList<>();
        while (search.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @Test
    void findsTheMatchesFindFindsWithSeveralAnchorsAndLookarounds() {
        Pattern token = Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{6,12})\\b");
        String text = "ghp_abcdef1 xghs_abcdef12 ghr_abc ghp_ghp_abcdef ghu_ABCDEF123\nghs_zzzzzz9 ghp_";
        List<String> expected = all(token.matcher(text));
        assertThat(expected).containsExactly("0:ghp_abcdef1", "49:ghu_ABCDEF123", "63:ghs_zzzzzz9");
        assertThat(anchored(token, text, List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), 0)).isEqualTo(expected);

        Pattern stripe = Pattern.compile("\\b((?:sk|rk)_live_[A-Za-z0-9]{4,8})\\b");
        String keys = "sk_live_abcd rk_live_12345678 xsk_live_abcd _live_abcd sk_live_ab sk_live_abcdefgh";
        assertThat(anchored(stripe, keys, List.of("_live_"), 2)).isEqualTo(all(stripe.matcher(keys)))
                .containsExactly("0:sk_live_abcd", "13:rk_live_12345678", "66:sk_live_abcdefgh");

        Pattern azure = Pattern.compile("(?<![a-z~])([a-z]{3}[0-9]Q~[a-z]{4})(?![a-z~])");
        String secrets = "abc1Q~wxyz xabc1Q~wxyz abc2Q~wx def3Q~abcd";
        assertThat(anchored(azure, secrets, List.of("Q~"), 4)).isEqualTo(all(azure.matcher(secrets)))
                .containsExactly("0:abc1Q~wxyz", "32:def3Q~abcd");
    }

    @Test
    void agreesWithFindOnRandomTexts() {
        Pattern token = Pattern.compile("\\b((?:sk|rk)_live_[a-c0-2]{2,5})\\b|\\b(ab_[a-c]{2,3})");
        String[] pieces = {"sk_live_", "rk_live_", "_live_", "ab_", "a", "b", "c", "0", "1", "2", " ", "\n", "x", "_"};
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(anchored(token, t, List.of("_live_", "ab_"), 2)).as(t).isEqualTo(all(token.matcher(t)));
        }
    }

    @Test
    void agreesWithFindWhenTheAnchorsIgnoreCaseAndSitInsideTheMatch() {
        // as SecretRule's assignment pattern: up to 4 name characters, then a word; "key" may follow "client_"
        Pattern assignment = Pattern.compile("(?i)(?<![a-z0-9])([a-z0-9_.-]{0,4}(?:pass|client[_-]?key))[ ]?=([a-z0-9]{2,5})");
        List<LiteralOffsets.Literal> words = List.of(LiteralOffsets.Literal.anyCase("pass"),
                LiteralOffsets.Literal.anyCase("key"));
        LiteralOffsets scan = LiteralOffsets.of(words);
        String[] pieces = {"pass", "PASS", "Key", "client_", "CLIENT-", "client", "=", " ", "a", "1", "_", ".", "x",
            "\n", "\u00e9"};
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            Matcher m = assignment.matcher(t);
            AnchoredMatches search = new AnchoredMatches(m, t, LiteralOffsets.merged(scan.in(t)), 4 + "client_".length());
            List<String> found = new ArrayList<>();
            while (search.find()) {
                found.add(m.start() + ":" + m.group());
            }
            assertThat(found).as(t).isEqualTo(all(assignment.matcher(t)));
        }
        String sample = "CLIENT_KEY=ab1 xpass=12 my.Pass =zz";
        Matcher m = assignment.matcher(sample);
        AnchoredMatches search = new AnchoredMatches(m, sample, LiteralOffsets.merged(scan.in(sample)), 11);
        List<String> found = new ArrayList<>();
        while (search.find()) {
            found.add(m.start() + ":" + m.group());
        }
        assertThat(found).isEqualTo(all(assignment.matcher(sample)))
                .containsExactly("0:CLIENT_KEY=ab1", "15:xpass=12", "24:my.Pass =zz");
    }

    @Test
    void noAnchorMeansNoMatch() {
        Pattern p = Pattern.compile("ghp_[a-z]+");
        assertThat(anchored(p, "plain text", List.of("ghp_"), 0)).isEmpty();
        assertThat(anchored(p, "", List.of("ghp_"), 0)).isEmpty();
    }
}
