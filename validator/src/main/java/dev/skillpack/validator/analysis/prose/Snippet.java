package dev.skillpack.validator.analysis.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short quotations of the source for messages: markup stripped, whitespace collapsed, long text cut. */
public final class Snippet {
    /** The longest quotation a message carries, in characters. */
    public static final int MAX = 60;

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])|~~");
    private static final Pattern CODE = Pattern.compile("(`+)[^`]*?\\1");
    private static final Pattern CONTINUATION = Pattern.compile("\\n[ \\t>]*");

    private Snippet() {
    }

    /**
     * @param fileText the file's text
     * @param start first offset
     * @param end offset after the last character
     * @return the source text there, cleaned and cut to {@link #MAX} characters with "…"
     */
    public static String of(String fileText, int start, int end) {
        return cut(clean(fileText.substring(Math.max(0, start), Math.min(end, fileText.length()))), MAX);
    }

    /**
     * @param markdown raw Markdown
     * @return the text with link destinations, emphasis markers and line breaks removed
     */
    public static String clean(String markdown) {
        String text = CONTINUATION.matcher(markdown).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int last = 0;
        while (code.find()) {
            out.append(cleanProse(text.substring(last, code.start()))).append(code.group());
            last = code.end();
        }
        out.append(cleanProse(text.substring(last)));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String cleanProse(String text) {
        return MARKUP.matcher(LINK.matcher(text).replaceAll("$1")).replaceAll("");
    }

    /**
     * @param text any text
     * @param max the longest result
     * @return the text, cut at a word boundary and ended with "…" when longer than {@code max}
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
