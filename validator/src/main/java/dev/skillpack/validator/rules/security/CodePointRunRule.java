package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;

/**
 * Shared walk of the rules that look for single characters: every text file of the skill, each run of
 * consecutive flagged code points on one line reported once. Files of plain ASCII are skipped by a
 * cheap first pass.
 */
abstract class CodePointRunRule implements Rule {
    /** Characters copied from the text at a time. */
    private static final int WINDOW = 8192;

    /**
     * @param text the file's text
     * @param index offset of the code point
     * @param cp the code point
     * @param context the rule's context (for options)
     * @return whether the code point is flagged
     */
    abstract boolean flagged(String text, int index, int cp, RuleContext context);

    /**
     * Reports one run.
     *
     * @param file the file
     * @param start offset of the run's first code point
     * @param end offset just after its last
     * @param context where to report
     */
    abstract void report(SkillText file, int start, int end, RuleContext context);

    /** @return whether all flagged code points of one line make one finding (first to last) */
    boolean wholeLine() {
        return false;
    }

    /** Runs on files over the analysis limit too (one pass over the code points of each file): a file must not hide a payload by its size. */
    @Override
    public boolean scansOversizedFiles() {
        return true;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (SkillText file : SkillText.of(skill)) {
            String text = file.text();
            if (!CodePoints.hasUnusual(text)) {
                continue;
            }
            boolean whole = wholeLine();
            int runStart = -1;
            int runEnd = -1;
            int n = text.length();
            // the text is read through a window of copied characters: printable ASCII, nearly all of a long file,
            // is passed over without a call per character
            char[] window = new char[Math.min(n, WINDOW)];
            int windowStart = 0;
            int windowEnd = 0;
            for (int i = 0; i < n; ) {
                if (i >= windowEnd) {
                    windowStart = i;
                    windowEnd = Math.min(n, i + WINDOW);
                    text.getChars(windowStart, windowEnd, window, 0);
                }
                char c = window[i - windowStart];
                if (c >= 0x20 && c < 0x7F) {
                    // never flagged: it ends a run, unless runs last to the end of the line
                    if (runStart >= 0 && !whole) {
                        report(file, runStart, runEnd, context);
                        runStart = -1;
                    }
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                boolean flag = flagged(text, i, cp, context);
                int next = i + Character.charCount(cp);
                if (flag) {
                    if (runStart < 0) {
                        runStart = i;
                    }
                    runEnd = next;
                } else if (runStart >= 0 && (cp == '\n' || !whole)) {
                    report(file, runStart, runEnd, context);
                    runStart = -1;
                }
                i = next;
            }
            if (runStart >= 0) {
                report(file, runStart, runEnd, context);
            }
        }
    }
}
