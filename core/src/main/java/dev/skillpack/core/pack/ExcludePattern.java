package dev.skillpack.core.pack;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file or folder left out of a package, written like a line of {@code .gitignore}, matched against
 * paths relative to the skill folder:
 * <ul>
 *   <li>{@code name} (no slash): a file or folder with that name anywhere, e.g. {@code .DS_Store}, {@code *.pyc};</li>
 *   <li>{@code name/}: a folder with that name anywhere, and everything in it, e.g. {@code __pycache__/};</li>
 *   <li>{@code /name/} or {@code dir/name}: anchored at the skill folder, e.g. {@code /evals/}.</li>
 * </ul>
 * {@code *} matches within one path segment, {@code **} across segments, {@code ?} one character.
 *
 * @param pattern the pattern as written
 */
public record ExcludePattern(String pattern) {

    /** Validates the pattern. */
    public ExcludePattern {
        Objects.requireNonNull(pattern, "pattern");
        String core = strip(pattern);
        if (core.isEmpty() || pattern.contains("\\") || pattern.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("exclude pattern '" + pattern.replaceAll("\\p{Cntrl}", "?")
                    + "' is empty or holds a backslash or control character; write paths with forward slashes");
        }
    }

    /**
     * @param pattern the pattern as written
     * @return the pattern
     * @throws IllegalArgumentException when it is empty or holds a backslash or a control character
     */
    public static ExcludePattern of(String pattern) {
        return new ExcludePattern(pattern);
    }

    /**
     * @param relativePath a file's path inside the skill folder, forward slashes
     * @return whether the file, or a folder it lies in, matches
     */
    public boolean matches(String relativePath) {
        boolean folderOnly = pattern.endsWith("/");
        String core = strip(pattern);
        boolean anchored = pattern.startsWith("/") || core.contains("/");
        Pattern regex = Pattern.compile(toRegex(core));
        String[] segments = relativePath.split("/");
        if (anchored) {
            // the path itself, or any folder above it
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    prefix.append('/');
                }
                prefix.append(segments[i]);
                boolean isFolder = i < segments.length - 1;
                if ((isFolder || !folderOnly) && regex.matcher(prefix).matches()) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            boolean isFolder = i < segments.length - 1;
            if ((isFolder || !folderOnly) && regex.matcher(segments[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String pattern) {
        String s = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                out.append(".*");
                i++;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
