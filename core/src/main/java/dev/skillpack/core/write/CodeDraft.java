package dev.skillpack.core.write;

import java.util.List;
import java.util.Objects;

/**
 * A fenced code example to be written.
 *
 * @param language the info string's first word, e.g. {@code python}; "" for none
 * @param attributes further words of the info string, e.g. {@code title=app.py}; only with a language
 * @param code the code; a final line break is added when missing
 */
public record CodeDraft(String language, List<String> attributes, String code) implements BlockDraft {

    /** Validates the fields. */
    public CodeDraft {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        attributes = List.copyOf(attributes);
        if (!language.isEmpty() && !isWord(language)) {
            throw new IllegalArgumentException("language must be one word without backticks: '" + language + "'");
        }
        for (String attribute : attributes) {
            if (!isWord(attribute)) {
                throw new IllegalArgumentException("attribute must be one word without backticks: '" + attribute + "'");
            }
        }
        if (language.isEmpty() && !attributes.isEmpty()) {
            throw new IllegalArgumentException("attributes need a language: the first word of the info string is"
                    + " read as the language");
        }
    }

    /** @return the info string: language and attributes separated by spaces */
    public String info() {
        return attributes.isEmpty() ? language : language + " " + String.join(" ", attributes);
    }

    private static boolean isWord(String word) {
        return !word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '`');
    }
}
