package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.analysis.UnusualCharacters;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Map;

/**
 * SP405: a word or identifier that mixes Latin letters with Cyrillic, Greek, Armenian or full-width
 * letters that look like Latin ones ({@code pаypal} with a Cyrillic {@code а}). A person reads the Latin
 * word; a shell, a model or a package index gets another one. Words wholly in another script pass.
 */
public final class MixedScriptRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP405", "mixed-script-word", Category.SECURITY,
            Severity.WARNING, "A word mixes Latin letters with look-alike letters from another script.");
    /** Look-alikes of Latin letters, from the Unicode confusables data, limited to the common ones. */
    private static final Map<Integer, Character> LOOKALIKES = Map.ofEntries(
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0455, 's'),
            Map.entry(0x0456, 'i'), Map.entry(0x0458, 'j'), Map.entry(0x0501, 'd'), Map.entry(0x051B, 'q'),
            Map.entry(0x051D, 'w'), Map.entry(0x04BB, 'h'), Map.entry(0x04CF, 'l'), Map.entry(0x0410, 'A'),
            Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'), Map.entry(0x041C, 'M'),
            Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'), Map.entry(0x0421, 'C'),
            Map.entry(0x0422, 'T'), Map.entry(0x0425, 'X'), Map.entry(0x0405, 'S'), Map.entry(0x0406, 'I'),
            Map.entry(0x0408, 'J'), Map.entry(0x04AE, 'Y'), Map.entry(0x03BF, 'o'), Map.entry(0x03B1, 'a'),
            Map.entry(0x03BD, 'v'), Map.entry(0x03C1, 'p'), Map.entry(0x03B9, 'i'), Map.entry(0x03BA, 'k'),
            Map.entry(0x03C5, 'u'), Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'),
            Map.entry(0x0396, 'Z'), Map.entry(0x0397, 'H'), Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'),
            Map.entry(0x039C, 'M'), Map.entry(0x039D, 'N'), Map.entry(0x039F, 'O'), Map.entry(0x03A1, 'P'),
            Map.entry(0x03A4, 'T'), Map.entry(0x03A5, 'Y'), Map.entry(0x03A7, 'X'), Map.entry(0x0585, 'o'),
            Map.entry(0x0578, 'n'), Map.entry(0x057D, 'u'));

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Runs on files over the analysis limit too (one pass over the words of each file): a file must not hide a payload by its size. */
    @Override
    public boolean scansOversizedFiles() {
        return true;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (SkillText file : SkillText.of(skill)) {
            UnusualCharacters marks = context.analysis().unusualCharacters(file.textFile());
            if (marks.any()) {
                scan(file.text(), marks, (start, end, firstForeign) -> report(file, start, end, firstForeign, context));
            }
        }
    }

    /** Where {@link #scan} found a mixed word. */
    @FunctionalInterface
    interface MixedWords {
        /**
         * @param start offset of the word
         * @param end offset just after it
         * @param firstForeign its first look-alike code point
         */
        void found(int start, int end, int firstForeign);
    }

    /**
     * Finds the words of a text (runs of letters, digits and underscores, by code point) that mix Latin letters
     * with look-alikes: at least one of each, three or more of both together.
     *
     * @param text the text
     * @param out where mixed words go, in text order
     */
    static void scan(String text, MixedWords out) {
        scan(text, UnusualCharacters.of(text), out);
    }

    /**
     * {@link #scan(String, MixedWords)} with the text's marked characters known. Every look-alike is outside ASCII,
     * so only the words around a character outside ASCII are looked at: the walk visits only the marked characters,
     * and each word is walked once (a word ends before the next search starts).
     *
     * @param text the text
     * @param marks where its characters other than printable ASCII, tab and line feed are
     * @param out where mixed words go, in text order
     */
    static void scan(String text, UnusualCharacters marks, MixedWords out) {
        int from = 0;
        for (int i = marks.next(0); i >= 0; i = marks.next(Math.max(i + 1, from))) {
            if (text.charAt(i) < 0x80) {
                continue;
            }
            int cp = text.codePointAt(i);
            if (lookalike(cp) == 0 || !isWordChar(cp)) {
                continue;
            }
            int start = i;
            while (start > from) {
                int before = text.codePointBefore(start);
                if (!isWordChar(before)) {
                    break;
                }
                start -= Character.charCount(before);
            }
            from = word(text, start, out);
        }
    }

    /** Walks the word at {@code start}, passes it on if it mixes scripts, and returns its end. */
    private static int word(String text, int start, MixedWords out) {
        int latin = 0;
        int foreign = 0;
        int firstForeign = -1;
        int i = start;
        int cp;
        while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') {
                    latin++;
                }
            } else if (lookalike(cp) != 0) {
                foreign++;
                if (firstForeign < 0) {
                    firstForeign = cp;
                }
            }
            i += Character.charCount(cp);
        }
        if (latin >= 1 && foreign >= 1 && latin + foreign >= 3) {
            out.found(start, i, firstForeign);
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            // the ASCII letters and digits are the only ASCII characters Character.isLetterOrDigit accepts
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        return Character.isLetterOrDigit(cp);
    }

    private static char lookalike(int cp) {
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return (char) (cp - 0xFF21 + 'A');
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return (char) (cp - 0xFF41 + 'a');
        }
        Character c = LOOKALIKES.get(cp);
        return c == null ? 0 : c;
    }

    private static void report(SkillText file, int start, int end, int firstForeign, RuleContext context) {
        String text = file.text();
        StringBuilder seen = new StringBuilder();
        StringBuilder stored = new StringBuilder();
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            char look = cp >= 0x80 ? lookalike(cp) : 0;
            seen.append(look != 0 ? look : cp < 0x80 ? (char) cp : '?');
            stored.append(cp < 0x80 ? String.valueOf((char) cp) : "<" + CodePoints.hex(cp) + ">");
            i += Character.charCount(cp);
        }
        context.report(file.lines().span(start, end - start), String.format("'%s' looks like '%s' but mixes Latin "
                + "letters with %s; a person reads one word and a program or model gets another: retype it in "
                + "one script", stored.length() > 120 ? stored.substring(0, 120) + "\u2026" : stored,
                seen.length() > 60 ? seen.substring(0, 60) + "\u2026" : seen, CodePoints.describe(firstForeign)));
    }
}
