package dev.skillpack.validator.rules.security;

import java.util.regex.Matcher;

/**
 * The matches, in order, of a pattern every match of which holds one of some literals at most a bounded distance
 * after its start (a GitHub token starts with {@code ghp_}, a Stripe key has {@code _live_} two characters in).
 * Only the offsets just before each occurrence of a literal are tried, so the matches are those of repeated
 * {@link Matcher#find()} calls, without trying the pattern at every offset of a long file. The occurrences are
 * given, found for many patterns in one pass by {@link LiteralOffsets}. Not thread-safe: one per matcher and text.
 */
final class AnchoredMatches {
    private final Matcher matcher;
    private final String text;
    private final int[] anchors;
    private final int maxBefore;
    /** The index in {@link #anchors} of the occurrence looked at. */
    private int next;
    private int tried;
    private int from;

    /**
     * @param matcher a matcher over {@code text}; after each successful {@link #find()} it holds the match
     * @param text the text
     * @param anchorsAt ascending offsets of every occurrence of the literals, one of which every match contains,
     *                  starting at most {@code maxBefore} characters after the match's start
     * @param maxBefore the most characters a match has before its literal
     */
    AnchoredMatches(Matcher matcher, String text, int[] anchorsAt, int maxBefore) {
        this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.anchors = anchorsAt.clone();
        this.maxBefore = maxBefore;
    }

    /** @return whether there is another match, starting at or after the end of the last one (the leftmost) */
    boolean find() {
        tried = Math.max(tried, from);
        for (; next < anchors.length; next++) {
            int at = anchors[next];
            if (at < from) {
                continue;
            }
            // a match whose literal is here starts in [at - maxBefore, at]; earlier offsets were tried already
            for (int start = Math.max(tried, at - maxBefore); start <= at; start++) {
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    from = Math.max(matcher.end(), start + 1);
                    return true;
                }
            }
            tried = at + 1;
        }
        return false;
    }
}
