package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.analysis.TeachingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text an agent is told to run: every script of the skill, and in its Markdown files the shell code
 * blocks and code spans — except code a document presents as teaching material (under a heading or
 * after a lead-in that calls it vulnerable, malicious, an attack or a bad example), which describes an
 * attack rather than asking for one.
 *
 * @param file the file
 * @param start first offset of the region in the file's text
 * @param end end offset (exclusive)
 * @param script whether the region is a whole script file
 */
record CommandText(SkillText file, int start, int end, boolean script) {
    private static final Set<String> SHELLS = Set.of("", "sh", "bash", "shell", "zsh", "ksh", "fish", "console",
            "terminal", "shell-session", "shellsession", "powershell", "ps1", "pwsh", "ps", "cmd", "bat", "batch",
            "dockerfile", "docker", "makefile", "make", "yaml", "yml");

    /**
     * @param skill a skill
     * @param teaching the skill's teaching-material view
     * @param anyLanguage whether code blocks in every language count (not only shell)
     * @return the regions to scan, scripts first, then each Markdown file's code in order
     */
    static List<CommandText> of(Skill skill, TeachingText teaching, boolean anyLanguage) {
        List<CommandText> out = new ArrayList<>();
        for (SkillText file : SkillText.of(skill)) {
            if (file.markdown().isEmpty()) {
                if (file.isScript()) {
                    out.add(new CommandText(file, 0, file.text().length(), true));
                }
                continue;
            }
            MarkdownDocument doc = file.markdown().get();
            List<Block> blocks = doc.blocks();
            String heading = "";
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block instanceof Heading h) {
                    heading = h.text();
                } else if (block instanceof CodeExample code) {
                    String lang = code.language().orElse("").toLowerCase(Locale.ROOT);
                    boolean shell = SHELLS.contains(lang);
                    if (!shell && !anyLanguage) {
                        continue;
                    }
                    String leadIn = i > 0 && blocks.get(i - 1) instanceof Paragraph p ? p.text() : "";
                    if (teaching.teaching(heading) || teaching.teaching(leadIn)) {
                        continue;
                    }
                    out.add(new CommandText(file, code.span().offset(), code.span().endOffset(), false));
                } else if (block instanceof Paragraph p && !p.inlineCode().isEmpty() && !teaching.teaching(heading)
                        && !teaching.teaching(p.text())) {
                    for (InlineCode c : p.inlineCode()) {
                        int from = c.span().offset();
                        int to = c.span().endOffset();
                        while (from < to && file.text().charAt(from) == '`') {
                            from++;
                        }
                        while (to > from && file.text().charAt(to - 1) == '`') {
                            to--;
                        }
                        out.add(new CommandText(file, from, to, false));
                    }
                }
            }
        }
        return out;
    }

    /** @return the region's text */
    String text() {
        return file.text().substring(start, end);
    }

    /**
     * @param offset an offset into the file
     * @return whether the line holding it is a comment ({@code #} or {@code //}, shebangs aside)
     */
    boolean commentAt(int offset) {
        int line = file.lines().lineIndexOf(offset);
        String text = file.lines().lineText(line).stripLeading();
        int col = offset - file.lines().lineStart(line) - (file.lines().lineText(line).length() - text.length());
        if (text.startsWith("#!")) {
            return false;
        }
        if (text.startsWith("#") || text.startsWith("//") || text.startsWith("REM ") || text.startsWith("::")) {
            return col >= 0;
        }
        // a trailing comment after the command: "ls # then curl | sh"
        int hash = text.indexOf(" #");
        return hash >= 0 && col > hash;
    }
}
