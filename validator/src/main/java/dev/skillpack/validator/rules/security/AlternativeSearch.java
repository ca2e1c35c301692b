package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.analysis.AsciiCase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern {@code A1|A2|…|An}, found alternative by alternative. {@link Matcher#find()} tries
 * every offset in turn and, at each, the alternatives in order, so its next match is the alternative match
 * with the smallest start, the earliest alternative on a tie; searching each alternative on its own and
 * merging that way finds exactly the same matches. The gain: an alternative that starts with a literal
 * ({@code \bcurl\b…}) is tried only where the literal occurs, and one whose literal the text lacks is not
 * searched at all, instead of every alternative being tried at every offset.
 *
 * <p>A pattern is split only when that is safe to do from its source: no flags but a leading
 * {@code (?i)}, no capturing groups (group numbers would change), no {@code \Q}, no inline flags at the top
 * level; otherwise it is searched whole. Immutable and thread-safe; {@link #matches} is for one thread.
 */
final class AlternativeSearch {
    private final Pattern whole;
    private final List<Alternative> alternatives;

    /**
     * One alternative.
     *
     * @param pattern the alternative compiled with the whole pattern's leading flags
     * @param literal what every match starts with (after zero-width {@code \b}), or empty when unknown
     * @param ignoreCase whether the literal compares ignoring ASCII case (then it is lower case)
     */
    record Alternative(Pattern pattern, String literal, boolean ignoreCase) {
    }

    private AlternativeSearch(Pattern whole, List<Alternative> alternatives) {
        this.whole = whole;
        this.alternatives = List.copyOf(alternatives);
    }

    /**
     * @param pattern any pattern
     * @return a search for its matches
     */
    static AlternativeSearch of(Pattern pattern) {
        String source = pattern.pattern();
        List<Alternative> parts = new ArrayList<>();
        String prefix = leadingFlags(source);
        // flags() counts the leading flag group too
        boolean splittable = prefix != null && (prefix.isEmpty() && pattern.flags() == 0
                || prefix.equals("(?i)") && pattern.flags() == Pattern.CASE_INSENSITIVE)
                && pattern.matcher("").groupCount() == 0 && !source.contains("\\Q");
        List<String> pieces = splittable ? topLevelAlternatives(source.substring(prefix.length())) : null;
        if (pieces == null || pieces.size() < 2) {
            parts.add(new Alternative(pattern, "", false));
            return new AlternativeSearch(pattern, parts);
        }
        boolean ignoreCase = !prefix.isEmpty();
        for (String piece : pieces) {
            String literal = leadingLiteral(piece);
            parts.add(new Alternative(Pattern.compile(prefix + piece), ignoreCase ? AsciiCase.lower(literal) : literal,
                    ignoreCase));
        }
        return new AlternativeSearch(pattern, parts);
    }

    /** @return the pattern searched */
    Pattern pattern() {
        return whole;
    }

    /** @return the alternatives it is searched by (one: the whole pattern, when it is not split) */
    List<Alternative> alternatives() {
        return alternatives;
    }

    /**
     * @param text a text
     * @param lower the text as {@link AsciiCase#lower} returns it (shared by the searches of one text)
     * @return its matches, found one by one
     */
    Matches matches(String text, String lower) {
        if (lower.length() != text.length()) {
            throw new IllegalArgumentException("not the text's ASCII lower case");
        }
        return new Matches(text, lower);
    }

    /** The matches of the pattern in one text, in {@link Matcher#find()} order. */
    final class Matches {
        private final String text;
        private final String lower;
        private final Matcher[] matchers;
        /** Start of each alternative's next match at or after {@link #from}; -1 unknown, -2 none left. */
        private final int[] next;
        private int from;
        private Matcher current;

        private Matches(String text, String lower) {
            this.text = text;
            this.lower = lower;
            this.matchers = new Matcher[alternatives.size()];
            this.next = new int[alternatives.size()];
            java.util.Arrays.fill(next, -1);
        }

        /**
         * @return whether there is another match; {@link #matcher()} then holds it
         */
        boolean find() {
            if (from > text.length()) {
                return false;
            }
            int best = -1;
            for (int i = 0; i < next.length; i++) {
                if (next[i] == -1 || next[i] >= 0 && next[i] < from) {
                    next[i] = search(i);
                }
                if (next[i] >= 0 && (best < 0 || next[i] < next[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                from = text.length() + 1;
                return false;
            }
            current = matchers[best];
            // as Matcher.find: the next search starts where this match ended, one further after an empty match
            from = current.end() == current.start() ? current.end() + 1 : current.end();
            return true;
        }

        /** @return the matcher holding the last match found (its start, end and group) */
        Matcher matcher() {
            return current;
        }

        private int search(int i) {
            Alternative alternative = alternatives.get(i);
            Matcher m = matchers[i];
            if (m == null) {
                m = alternative.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[i] = m;
            }
            if (alternative.literal().isEmpty()) {
                return m.find(from) ? m.start() : -2;
            }
            String in = alternative.ignoreCase() ? lower : text;
            for (int at = in.indexOf(alternative.literal(), from); at >= 0;
                    at = in.indexOf(alternative.literal(), at + 1)) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return at;
                }
            }
            return -2;
        }
    }

    /**
     * @return the leading {@code (?flags)} group, "" when the pattern does not start with one, null when it
     *         starts with flags this class does not read (a {@code -})
     */
    private static String leadingFlags(String source) {
        int end = flagGroupEnd(source, 0);
        if (end < 0) {
            return "";
        }
        String prefix = source.substring(0, end);
        return prefix.indexOf('-') >= 0 ? null : prefix;
    }

    /**
     * @return the end of a flag group {@code (?ims)} or {@code (?i-s)} starting at {@code at}, or -1 when
     *         none starts there (a group such as {@code (?:}, {@code (?i:} or {@code (?=} is no flag group)
     */
    private static int flagGroupEnd(String source, int at) {
        if (!source.startsWith("(?", at)) {
            return -1;
        }
        int i = at + 2;
        while (i < source.length() && (Character.isLetter(source.charAt(i)) || source.charAt(i) == '-')) {
            i++;
        }
        return i > at + 2 && i < source.length() && source.charAt(i) == ')' ? i + 1 : -1;
    }

    /**
     * @param source a pattern without its leading flags
     * @return its top-level alternatives, or null when it holds something the split does not read safely
     *         (an inline flag group at the top level, unbalanced brackets)
     */
    static List<String> topLevelAlternatives(String source) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int classDepth = 0;
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (classDepth > 0) {
                if (c == '[') {
                    classDepth++;
                } else if (c == ']') {
                    classDepth--;
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
                if (source.startsWith("[]", i) || source.startsWith("[^]", i)) {
                    return null; // a class starting with ']' is not read here
                }
            } else if (c == '(') {
                if (flagGroupEnd(source, i) >= 0) {
                    // "(?i)" changes the flags of what follows in its group: at the top level, of later alternatives
                    return null;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            } else if (c == '|' && depth == 0) {
                pieces.add(source.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || classDepth != 0) {
            return null;
        }
        pieces.add(source.substring(start));
        return pieces;
    }

    /**
     * @param alternative the source of one alternative
     * @return the literal characters every match of it starts with (after any {@code \b}), or "" when none
     */
    static String leadingLiteral(String alternative) {
        int i = 0;
        while (alternative.startsWith("\\b", i)) {
            i += 2;
        }
        StringBuilder literal = new StringBuilder();
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            char taken;
            int width;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '/' || c == ':' || c == '=') {
                taken = c;
                width = 1;
            } else if (c == '\\' && i + 1 < alternative.length() && ".-/:_".indexOf(alternative.charAt(i + 1)) >= 0) {
                taken = alternative.charAt(i + 1);
                width = 2;
            } else {
                break;
            }
            int after = i + width;
            if (after < alternative.length() && "?*{".indexOf(alternative.charAt(after)) >= 0) {
                break; // this character may be left out or repeated: the literal ends before it
            }
            literal.append(taken);
            i = after;
        }
        return literal.toString();
    }
}
