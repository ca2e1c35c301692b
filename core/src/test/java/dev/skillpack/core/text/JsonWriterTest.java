package dev.skillpack.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void layoutIsTwoSpaceIndentWithKeysInOrder() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "pdf");
        root.put("tokens", 12);
        root.put("share", 0.5);
        root.put("whole", 3.0);
        root.put("files", List.of("SKILL.md", Map.of()));
        root.put("empty", List.of());
        root.put("none", null);
        root.put("ok", true);
        assertThat(JsonWriter.pretty(root)).isEqualTo("""
                {
                  "name": "pdf",
                  "tokens": 12,
                  "share": 0.5,
                  "whole": 3,
                  "files": [
                    "SKILL.md",
                    {}
                  ],
                  "empty": [],
                  "none": null,
                  "ok": true
                }""");
        assertThat(JsonWriter.file(List.of(1))).isEqualTo("[\n  1\n]\n");
    }

    @Test
    void controlBidiInvisibleAndLoneSurrogatesAreEscapedEmojiIsNot() {
        assertThat(JsonWriter.pretty("a\"b\\c\n\t\r\b\f\u0001\u007f\u0085")).isEqualTo(
                "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u007f\\u0085\"");
        assertThat(JsonWriter.pretty("x\u202ey\u200bz\u2028")).isEqualTo("\"x\\u202ey\\u200bz\\u2028\"");
        assertThat(JsonWriter.pretty("lone \ud800 and tag \udb40\udc41")).isEqualTo(
                "\"lone \\ud800 and tag \\udb40\\udc41\"");
        assertThat(JsonWriter.pretty("héllo 😀")).isEqualTo("\"héllo 😀\"");
        assertThat(JsonWriter.prettyAscii("héllo")).isEqualTo("\"h\\u00e9llo\"");
    }

    @Test
    void whatJsonCannotHoldIsRefused() {
        assertThatThrownBy(() -> JsonWriter.pretty(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON has no NaN");
        assertThatThrownBy(() -> JsonWriter.pretty(Arrays.asList(new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cannot write java.lang.Object");
    }
}
