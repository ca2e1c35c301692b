package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.analysis.UnusualCharacters;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;

/**
 * Shared walk of the rules that look for single characters: every text file of the skill, each run of
 * consecutive flagged code points on one line reported once. The walk visits only the characters the engine marked
 * as unusual ({@code SkillAnalysis.unusualCharacters}, found once per file for all four rules); files of plain
 * ASCII lines are skipped.
 */
abstract class CodePointRunRule implements Rule {
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
        boolean whole = wholeLine();
        for (SkillText file : SkillText.of(skill)) {
            UnusualCharacters marks = context.analysis().unusualCharacters(file.textFile());
            if (!marks.any()) {
                continue;
            }
            String text = file.text();
            runs(text, marks, whole, (index, cp) -> flagged(text, index, cp, context),
                    (start, end) -> report(file, start, end, context));
        }
    }

    /** Whether a code point is flagged. */
    @FunctionalInterface
    interface Flag {
        /**
         * @param index offset of the code point
         * @param cp the code point, never printable ASCII, a tab or a line feed
         * @return whether it is flagged
         */
        boolean test(int index, int cp);
    }

    /** Where {@link #runs} found a run. */
    @FunctionalInterface
    interface Runs {
        /**
         * @param start offset of the run's first code point
         * @param end offset just after its last
         */
        void found(int start, int end);
    }

    /**
     * Finds the runs of flagged code points, walking only the marked characters: printable ASCII, tabs and line
     * feeds are never flagged, so a gap between two marked characters ends a run, and a line feed in the gap ends a
     * run that lasts to the end of its line.
     *
     * @param text the text
     * @param marks where the text's marked characters are
     * @param whole whether all flagged code points of one line make one run (first to last)
     * @param flag which code points are flagged
     * @param out where runs go, in text order
     */
    static void runs(String text, UnusualCharacters marks, boolean whole, Flag flag, Runs out) {
        int n = text.length();
        int runStart = -1;
        int runEnd = -1;
        // for a whole-line run, where the line of its first code point ends
        int lineEnd = -1;
        int i = marks.next(0);
        while (i >= 0) {
            if (runStart >= 0 && (whole ? lineEnd < i : runEnd < i)) {
                out.found(runStart, runEnd);
                runStart = -1;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (flag.test(i, cp)) {
                if (runStart < 0) {
                    runStart = i;
                    if (whole) {
                        int feed = text.indexOf('\n', i);
                        lineEnd = feed < 0 ? n : feed;
                    }
                }
                runEnd = next;
            } else if (runStart >= 0 && !whole) {
                out.found(runStart, runEnd);
                runStart = -1;
            }
            i = marks.next(next);
        }
        if (runStart >= 0) {
            out.found(runStart, runEnd);
        }
    }
}
