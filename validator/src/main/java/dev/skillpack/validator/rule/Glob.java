package dev.skillpack.validator.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path glob as written in {@code .skillpack.yaml}, matched against relative paths with forward
 * slashes. {@code *} and {@code ?} stay within one path segment, {@code **} crosses segments
 * ({@code **}{@code /} also matches no folder at all), {@code [abc]}, {@code [!abc]} and
 * {@code {a,b}} work as in shells, and a glob that matches a folder matches everything inside it.
 * Immutable and thread-safe.
 */
public final class Glob {
    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * @param glob the glob text; a leading {@code ./} or {@code /} is ignored
     * @return the compiled glob
     * @throws IllegalArgumentException with a message for a person when the glob is malformed
     */
    public static Glob compile(String glob) {
        Objects.requireNonNull(glob, "glob");
        String body = glob.strip();
        while (body.startsWith("./")) {
            body = body.substring(2);
        }
        while (body.startsWith("/")) {
            body = body.substring(1);
        }
        while (body.length() > 1 && body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        return new Glob(glob, Pattern.compile(toRegex(body)));
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
                        if (slashAfter && atSegmentStart) {
                            regex.append("(?:.*/)?");
                            i += 2;
                        } else {
                            regex.append(".*");
                            i += 1;
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed '[' in glob '" + glob + "'");
                    }
                    String set = glob.substring(i + 1, close);
                    regex.append('[');
                    if (set.startsWith("!") || set.startsWith("^")) {
                        regex.append('^');
                        set = set.substring(1);
                    }
                    for (char s : set.toCharArray()) {
                        regex.append(s == '\\' || s == '[' || s == ']' || s == '&' || s == '^' ? "\\" + s : s);
                    }
                    regex.append(']');
                    i = close;
                }
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("unmatched '}' in glob '" + glob + "'");
                    }
                    braces--;
                    regex.append(')');
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("unclosed '{' in glob '" + glob + "'");
        }
        return regex.toString();
    }

    /**
     * @param relativePath a relative path with forward slashes
     * @return whether the glob matches the path or one of the folders containing it
     */
    public boolean matches(String relativePath) {
        String path = relativePath;
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (pattern.matcher(path).matches()) {
            return true;
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (pattern.matcher(path.substring(0, slash)).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
