package dev.skillpack.validator.analysis;

/**
 * Lower-casing that matches what a {@code (?i)} pattern ignores: ASCII letters only, so every offset stays
 * where it was (a locale's lower case can change the length of a text).
 */
public final class AsciiCase {
    private AsciiCase() {
    }

    /**
     * @param text any text
     * @return the text with A–Z lower-cased and every other character as it was (the same instance when
     *         it has no upper-case ASCII letter)
     */
    public static String lower(String text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
