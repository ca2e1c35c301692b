package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * SP433: NUL bytes in a file that is otherwise text (a Markdown file, a script, a config file, or any
 * file whose other bytes are valid UTF-8). Tools disagree about NUL: C-based ones stop reading at it, so
 * what a reviewer's tool shows ends where the model's input goes on, and the file is treated as binary
 * by diffs and by skillpack's other text rules.
 */
public final class NulByteRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP433", "nul-bytes", Category.SECURITY, Severity.ERROR,
            "A text file holds NUL bytes, which cut it short for some tools but not for others.");
    private static final Set<String> TEXT = Set.of("md", "txt", "sh", "bash", "zsh", "py", "js", "mjs", "ts", "json",
            "yaml", "yml", "toml", "csv", "html", "htm", "xml", "css", "ps1", "rb", "pl", "ini", "cfg", "conf", "env");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (Resource r : skill.resources()) {
            if (r.isText() || r.content().isEmpty()) {
                continue;
            }
            byte[] bytes = r.content().get().toByteArray();
            int first = -1;
            int count = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    count++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (count == 0 || !TEXT.contains(SkillText.extension(r)) && !textApartFromNul(bytes)) {
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int at = text.indexOf('\0');
            LineMap lines = LineMap.of(r.path(), text);
            context.report(lines.span(at, 1), String.format("%d NUL byte%s in a text file (first at line %d); some "
                    + "tools stop reading there and others do not, so reviewers and the model see different text: "
                    + "delete %s", count, count == 1 ? "" : "s", lines.lineIndexOf(at) + 1, count == 1 ? "it" : "them"));
        }
    }

    private static boolean textApartFromNul(byte[] bytes) {
        int zeros = 0;
        byte[] rest = new byte[bytes.length];
        int n = 0;
        for (byte b : bytes) {
            if (b == 0) {
                zeros++;
            } else {
                rest[n++] = b;
            }
        }
        if (zeros * 20 > bytes.length) {
            // UTF-16 text and real binaries are full of NULs
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(rest, 0, n));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
