package dev.skillpack.validator.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredSearchTest {
    private static final Pattern URL = Pattern.compile(
            "\\b((?:postgres|postgresql|mysql|mongodb(?:\\+srv)?|redis|rediss)://[A-Za-z0-9._%-]{1,64}):([^@/\\s]{4,128})@");

    private static String whole(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(m.start()).append(':').append(m.group()).append(';');
        }
        return found.toString();
    }

    private static String anchored(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder found = new StringBuilder();
        for (int from = 0; AnchoredSearch.find(m, text, "://", "mongodb+srv".length(), from); from = m.end()) {
            found.append(m.start()).append(':').append(m.group()).append(';');
        }
        return found.toString();
    }

    @Test
    void findsWhatAWholeTextSearchFinds() {
        String text = "see https://example.com and postgres://app:s3cretPass@db/x, then"
                + " xmysql://u:notThis1@h (no word boundary) mongodb+srv://u:pa55word@c.net"
                + " redis://a:b@ rediss://u:longpassword@r postgresql://u:pw12345@h://again"
                + "\npostgres://u:short@ mysql://only-user@host ://:// end://";

        assertThat(anchored(text)).isEqualTo(whole(text)).contains("postgres://app:s3cretPass@",
                "mongodb+srv://u:pa55word@", "rediss://u:longpassword@", "postgresql://u:pw12345@")
                .doesNotContain("xmysql");
    }

    @Test
    void startsWhereItIsToldAndFindsNothingWithoutTheAnchor() {
        String text = "mysql://u:password1@h mysql://v:password2@h";
        Matcher m = URL.matcher(text);

        assertThat(AnchoredSearch.find(m, text, "://", 11, 1)).isTrue();
        assertThat(m.group()).isEqualTo("mysql://v:password2@");
        assertThat(AnchoredSearch.find(URL.matcher("no urls here"), "no urls here", "://", 11, 0)).isFalse();
    }
}
