package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP401: Unicode tag characters (U+E0000–U+E007F) in any text file. They mirror ASCII one to one and
 * render as nothing, so a whole instruction can hide in an "empty" stretch of a line ("ASCII
 * smuggling"). The three subdivision flags (England, Scotland, Wales) are their only legitimate use and
 * pass.
 */
public final class TagCharacterRule extends CodePointRunRule {
    private static final RuleMeta META = RuleMeta.of("SP401", "unicode-tag-characters", Category.SECURITY,
            Severity.ERROR, "A text file holds invisible Unicode tag characters, which can smuggle a hidden "
                    + "instruction to the model.");
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final Set<String> FLAGS = Set.of("gbeng", "gbsct", "gbwls");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean flagged(String text, int index, int cp, RuleContext context) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }

    @Override
    void report(SkillText file, int start, int end, RuleContext context) {
        String text = file.text();
        StringBuilder hidden = new StringBuilder();
        int count = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp >= 0xE0020 && cp <= 0xE007E) {
                hidden.append((char) (cp - 0xE0000));
            }
            count++;
            i += Character.charCount(cp);
        }
        if (isSubdivisionFlag(text, start, end, hidden.toString())) {
            return;
        }
        String decoded = hidden.isEmpty() ? "" : String.format("; they spell \"%s\"",
                CodePoints.asciiOnly(hidden.toString(), 80));
        context.report(file.lines().span(start, end - start), String.format("%d invisible Unicode tag "
                + "character%s (%s to %s)%s; a model reads them, a reviewer sees nothing: delete them and find out "
                + "who added them", count, count == 1 ? "" : "s", CodePoints.hex(text.codePointAt(start)),
                CodePoints.hex(text.codePointBefore(end)), decoded));
    }

    private static boolean isSubdivisionFlag(String text, int start, int end, String hidden) {
        return start >= 2 && text.codePointBefore(start) == BLACK_FLAG && text.codePointBefore(end) == 0xE007F
                && FLAGS.contains(hidden);
    }
}
