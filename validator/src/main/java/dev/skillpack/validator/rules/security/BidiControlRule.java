package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP402: bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) in any
 * text file. They reorder how a line is displayed, so a reviewer reads one thing and the model or shell
 * gets another (Trojan Source, CVE-2021-42574). The implicit marks (U+200E, U+200F, U+061C) reorder
 * nothing on their own and belong to SP403.
 */
public final class BidiControlRule extends CodePointRunRule {
    private static final RuleMeta META = RuleMeta.of("SP402", "bidi-control", Category.SECURITY, Severity.ERROR,
            "A text file holds bidirectional override or isolate characters that make it display differently "
                    + "from what it says.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean flagged(String text, int index, int cp, RuleContext context) {
        return isBidiControl(cp);
    }

    @Override
    boolean wholeLine() {
        return true;
    }

    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    @Override
    void report(SkillText file, int start, int end, RuleContext context) {
        int line = file.lines().lineIndexOf(start);
        String shown = CodePoints.asciiOnly(file.lines().lineText(line), 100);
        StringBuilder controls = new StringBuilder();
        for (int i = start; i < end; ) {
            int cp = file.text().codePointAt(i);
            if (isBidiControl(cp)) {
                controls.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        String only = controls.toString();
        context.report(file.lines().span(start, end - start), String.format("%s: bidirectional controls change how "
                + "the line is displayed, so people read it differently from the model (line as stored: %s); "
                + "delete them", CodePoints.list(only, 0, only.length(), 4), shown));
    }
}
