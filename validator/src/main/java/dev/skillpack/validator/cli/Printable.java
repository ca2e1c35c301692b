package dev.skillpack.validator.cli;

/** Text from git (commit subjects, author names, tag names) made safe to print on a terminal. */
final class Printable {
    private Printable() {
    }

    /**
     * @param text untrusted text
     * @return the text with every control character (escape sequences, carriage returns, bidi overrides
     *         included) written as {@code \\uXXXX}
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
