package dev.skillpack.validator.rules.security;

import java.util.regex.Matcher;

/**
 * The next match of a pattern every match of which holds a literal anchor a bounded distance after its
 * start (a database URL: a scheme of at most 11 letters, then "://"). Only the offsets just before each
 * occurrence of the anchor are tried, so the result is the same as {@link Matcher#find(int)} without
 * trying the pattern at every offset of the text.
 */
final class AnchoredSearch {
    private AnchoredSearch() {
    }

    /**
     * @param matcher a matcher over {@code text}; on success it holds the match
     * @param text the text
     * @param anchor a literal every match contains, starting at most {@code maxBefore} characters after the
     *               match's start
     * @param maxBefore the most characters a match has before its anchor
     * @param from where the search starts
     * @return whether a match starting at or after {@code from} was found (the leftmost one)
     */
    static boolean find(Matcher matcher, String text, String anchor, int maxBefore, int from) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int tried = from;
        for (int at = text.indexOf(anchor, from); at >= 0; at = text.indexOf(anchor, at + 1)) {
            // a match whose anchor is here starts in [at - maxBefore, at]; earlier offsets were tried already
            for (int start = Math.max(tried, at - maxBefore); start <= at; start++) {
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            tried = at + 1;
        }
        return false;
    }
}
