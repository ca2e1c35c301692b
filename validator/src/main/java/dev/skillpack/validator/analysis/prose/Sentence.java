package dev.skillpack.validator.analysis.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a prose block.
 *
 * @param block the block it belongs to
 * @param start offset of its first character in the file
 * @param end offset just after its last character
 */
public record Sentence(ProseBlock block, int start, int end) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*|\\uE000+|\\uE001+");

    /** Validates the fields. */
    public Sentence {
        Objects.requireNonNull(block, "block");
        if (start < block.start() || end > block.end() || end < start) {
            throw new IllegalArgumentException("sentence outside its block");
        }
    }

    /** @return the masked text (code as {@link ProseDocument#CODE}, quotes kept) */
    public String text() {
        return block.text().substring(start - block.start(), end - block.start());
    }

    /** @return the masked text with quoted passages as {@link ProseDocument#QUOTE} */
    public String unquoted() {
        return block.unquoted().substring(start - block.start(), end - block.start());
    }

    /** @return the words of {@link #text()}; a code span or quotation counts as one word */
    public List<String> words() {
        return words(text());
    }

    /** @return the number of words, a code span or quotation counting as one */
    public int wordCount() {
        int n = 0;
        Matcher m = WORD.matcher(unquoted());
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * @param text masked text
     * @return its words, lower-cased; code spans become {@code <code>}, quotations {@code <quote>}
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            char c = m.group().charAt(0);
            words.add(c == ProseDocument.CODE ? "<code>" : c == ProseDocument.QUOTE ? "<quote>"
                    : m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
