package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;

/**
 * SP403: zero-width and other invisible format characters in any text file (zero-width space, word
 * joiner, soft hyphen, direction marks, Hangul fillers, invisible operators, variation selectors from the
 * supplement, line and paragraph separators). They split words so searches and reviews miss them, and at
 * the start of a Markdown line they stop a fence, heading or list from being one. Zero-width joiners
 * between non-ASCII characters (emoji sequences, Indic and Arabic script) pass.
 */
public final class InvisibleCharacterRule extends CodePointRunRule {
    private static final OptionKey<List<String>> ALLOWED_CODE_POINTS = OptionKey.stringList("allowed-code-points",
            List.of(), "code points to accept, written U+00AD");
    private static final RuleMeta META = RuleMeta.of("SP403", "invisible-characters", Category.SECURITY,
            Severity.WARNING, "A text file holds zero-width or other invisible characters that hide or split "
                    + "text, or break Markdown.",
            ALLOWED_CODE_POINTS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean flagged(String text, int index, int cp, RuleContext context) {
        if (!isInvisible(cp)) {
            return false;
        }
        if (cp == 0x200C || cp == 0x200D) {
            // joiners inside emoji and in scripts that need them sit between non-ASCII characters
            boolean asciiBefore = index == 0 || text.codePointBefore(index) < 0x80;
            int after = index + 1;
            boolean asciiAfter = after >= text.length() || text.codePointAt(after) < 0x80;
            if (!asciiBefore && !asciiAfter) {
                return false;
            }
        }
        List<String> allowed = context.options().get(ALLOWED_CODE_POINTS);
        return allowed.isEmpty() || !allowed.contains(CodePoints.hex(cp))
                && !allowed.contains(CodePoints.hex(cp).toLowerCase(Locale.ROOT));
    }

    static boolean isInvisible(int cp) {
        return switch (cp) {
            case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E,
                    0x200F, 0x2028, 0x2029, 0x3164, 0xFEFF, 0xFFA0 -> true;
            default -> cp >= 0x2060 && cp <= 0x2064 || cp >= 0x206A && cp <= 0x206F || cp >= 0xFFF9 && cp <= 0xFFFB
                    || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x1D173 && cp <= 0x1D17A;
        };
    }

    @Override
    void report(SkillText file, int start, int end, RuleContext context) {
        String text = file.text();
        int line = file.lines().lineIndexOf(start);
        int lineStart = file.lines().lineStart(line);
        String lineText = file.lines().lineText(line);
        String effect = effect(file, text, start, end, lineStart, lineText);
        context.report(file.lines().span(start, end - start), String.format("%s: invisible, %s; delete it",
                CodePoints.list(text, start, end, 3), effect));
    }

    private static String effect(SkillText file, String text, int start, int end, int lineStart, String lineText) {
        boolean lineHead = text.substring(lineStart, start).isBlank();
        String rest = text.substring(end, lineStart + lineText.length()).stripLeading();
        if (file.markdown().isPresent() && lineHead) {
            if (rest.startsWith("```") || rest.startsWith("~~~")) {
                return "and before the code fence it stops Markdown from seeing a fence, so the code is read as prose";
            }
            if (rest.startsWith("#")) {
                return "and before the '#' it stops Markdown from seeing a heading";
            }
            if (rest.startsWith("- ") || rest.startsWith("* ") || rest.startsWith("+ ") || rest.startsWith(">")
                    || rest.startsWith("|") || rest.startsWith("---")) {
                return "and at the start of the line it changes how Markdown reads the line";
            }
        }
        boolean letterBefore = start > 0 && Character.isLetterOrDigit(text.codePointBefore(start));
        boolean letterAfter = end < text.length() && Character.isLetterOrDigit(text.codePointAt(end));
        if (letterBefore && letterAfter) {
            int from = start;
            while (from > lineStart && Character.isLetterOrDigit(text.codePointBefore(from)) && start - from < 40) {
                from -= Character.charCount(text.codePointBefore(from));
            }
            int to = end;
            int lineEnd = lineStart + lineText.length();
            while (to < lineEnd && Character.isLetterOrDigit(text.codePointAt(to)) && to - end < 40) {
                to += Character.charCount(text.codePointAt(to));
            }
            return "it splits the word '" + CodePoints.asciiOnly(text.substring(from, to), 100)
                    + "' so searches and reviewers miss it";
        }
        return "so people do not see it while a model or program reads it";
    }
}
