package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One text file of a skill as the security rules read it: its decoded text, line map and, for
 * Markdown, the parsed document. Every file counts, hidden ones included, because hidden files are
 * where an attacker puts what a reviewer should not see.
 *
 * @param resource the file
 * @param text decoded text (the Markdown file's text when parsed)
 * @param lines line starts of {@code text}
 * @param markdown the parsed document, for Markdown files
 */
record SkillText(Resource resource, String text, LineMap lines, Optional<MarkdownDocument> markdown) {
    private static final Set<String> SCRIPT_EXTENSIONS = Set.of("sh", "bash", "zsh", "ksh", "fish", "ps1", "psm1",
            "bat", "cmd", "py", "js", "mjs", "cjs", "ts", "rb", "pl", "php", "lua", "command");

    /**
     * @param skill a skill
     * @return its text files whose content was read, in path order
     */
    static List<SkillText> of(Skill skill) {
        List<SkillText> out = new ArrayList<>();
        for (Resource r : skill.resources()) {
            r.textFile().ifPresent(file -> out.add(
                    new SkillText(r, file.text(), file.lines(), skill.markdown(r.relativePath()))));
        }
        return out;
    }

    /** @return the decoded file {@link #text()} is the text of */
    TextFile textFile() {
        return resource.textFile().orElseThrow();
    }

    /** @return whether the file is a script: under {@code scripts/}, a script extension, or executable */
    boolean isScript() {
        return isScript(resource);
    }

    /**
     * @param r a file
     * @return whether it is a script: under {@code scripts/}, with a script extension, or executable
     */
    static boolean isScript(Resource r) {
        if (r.relativePath().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return false;
        }
        return r.topFolder().equals("scripts") || r.executable() || SCRIPT_EXTENSIONS.contains(extension(r));
    }

    /**
     * @param r a file
     * @return its extension in lower case, "" when none
     */
    static String extension(Resource r) {
        String name = r.fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
