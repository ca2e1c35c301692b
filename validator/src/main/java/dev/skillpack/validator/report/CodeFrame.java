package dev.skillpack.validator.report;

import dev.skillpack.core.text.UntrustedText;

/**
 * One source line as the text report shows it under a finding, with the caret columns of the span.
 * Tabs are expanded to stops of four, wide characters count two columns and combining marks none, so
 * the caret lands under the span. Control, bidirectional and invisible characters are shown as
 * &#92;u001b-style escapes, a leading {@code ::} cannot start a CI workflow command, and a long
 * line is cut to a window around the span with {@code …} marking each cut.
 *
 * @param text the line to print
 * @param from display column where the span starts (0-based)
 * @param to display column just after the span, at least {@code from + 1}
 */
record CodeFrame(String text, int from, int to) {
    /** Code units kept before the span when a line is cut; the rest of the window follows it. */
    static final int CONTEXT = 40;
    /** Code units shown at most. */
    static final int WINDOW = 160;
    private static final int TAB = 4;
    private static final String CUT = "\u2026";

    /**
     * @param line the source line, untrusted
     * @param start UTF-16 index where the span starts on this line
     * @param end UTF-16 index just after the span on this line (the line length when it goes on)
     * @return the frame
     */
    static CodeFrame of(String line, int start, int end) {
        int length = line.length();
        start = Math.max(0, Math.min(start, length));
        end = Math.max(start, Math.min(end, length));
        // a line that fits is shown whole; a longer one from a little before the span, filling the window
        int winStart = length <= WINDOW ? 0 : Math.max(0, Math.min(start - CONTEXT, length - WINDOW));
        int winEnd = Math.min(length, winStart + WINDOW);
        if (winStart > 0 && Character.isLowSurrogate(line.charAt(winStart))) {
            winStart--;
        }
        if (winEnd < length && winEnd > 0 && Character.isLowSurrogate(line.charAt(winEnd))) {
            winEnd++;
        }
        StringBuilder out = new StringBuilder();
        int col = 0;
        if (winStart > 0) {
            out.append(CUT);
            col = 1;
        }
        int from = -1;
        int to = -1;
        boolean leading = winStart == 0;
        for (int i = winStart; i < winEnd; ) {
            if (from < 0 && i >= start) {
                from = col;
            }
            if (to < 0 && i >= end && end > start) {
                to = col;
            }
            int cp = line.codePointAt(i);
            if (cp == '\t') {
                int n = TAB - col % TAB;
                out.append(" ".repeat(n));
                col += n;
            } else if (leading && cp == ':' && line.startsWith("::", i)) {
                // a runner trims leading white space before looking for a workflow command
                String escaped = UntrustedText.escapeOf(cp);
                out.append(escaped);
                col += escaped.length();
            } else if (UntrustedText.unsafe(cp)) {
                String escaped = UntrustedText.escapeOf(cp);
                out.append(escaped);
                col += escaped.length();
            } else {
                out.appendCodePoint(cp);
                col += columns(cp);
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                leading = false;
            }
            i += Character.charCount(cp);
        }
        if (from < 0) {
            from = col;
        }
        if (end <= start) {
            to = from;
        } else if (to < 0) {
            to = col;
        }
        if (winEnd < length) {
            out.append(CUT);
        }
        return new CodeFrame(out.toString(), from, Math.max(from + 1, to));
    }

    /** Terminal columns a code point takes: 0 for combining marks, 2 for East Asian wide ones. */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
