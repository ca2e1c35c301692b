package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * SP430: a compiled program in the skill: ELF, Windows PE, Mach-O or WebAssembly binaries, Java class
 * files and Python bytecode, recognised by their first bytes or, when the content was not read, their
 * extension; and binary files with an executable bit. Nobody can review what they do, and an agent told
 * to run a script may run them.
 */
public final class ExecutableFileRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP430", "executable-binary", Category.SECURITY, Severity.ERROR,
            "The skill ships a compiled program or bytecode that nobody can review.");
    private static final Map<String, String> EXTENSIONS = Map.of("exe", "a Windows program", "dll",
            "a Windows library", "so", "a shared library", "dylib", "a macOS library", "class", "a Java class file",
            "pyc", "Python bytecode", "pyo", "Python bytecode", "wasm", "a WebAssembly module", "msi",
            "a Windows installer", "scr", "a Windows program");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (Resource r : skill.resources()) {
            if (r.isText()) {
                continue;
            }
            Optional<String> kind = r.content().map(b -> magic(b.toByteArray()));
            String what = kind.filter(k -> !k.isEmpty())
                    .orElseGet(() -> EXTENSIONS.getOrDefault(SkillText.extension(r), r.executable() ? "a binary file with "
                            + "the executable bit" : ""));
            if (what.isEmpty()) {
                continue;
            }
            context.report(SourceSpan.wholeFile(r.path()), String.format("%s is %s (%d bytes); nobody can review what "
                    + "it does: ship its source and build it, or remove it", r.relativePath(), what, r.size()));
        }
    }

    /**
     * @param b a file's first bytes
     * @return what kind of program they start, or "" for none
     */
    static String magic(byte[] b) {
        if (b.length >= 4 && b[0] == 0x7F && b[1] == 'E' && b[2] == 'L' && b[3] == 'F') {
            return "an ELF executable";
        }
        if (b.length >= 64 && b[0] == 'M' && b[1] == 'Z') {
            return "a Windows executable (PE)";
        }
        if (b.length >= 4) {
            int m = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | b[3] & 0xFF;
            if (m == 0xFEEDFACE || m == 0xFEEDFACF || m == 0xCEFAEDFE || m == 0xCFFAEDFE) {
                return "a Mach-O executable";
            }
            if (m == 0xCAFEBABE) {
                // fat Mach-O binaries have a small architecture count where class files have a version
                return (b.length >= 8 && b[4] == 0 && b[5] == 0 && b[6] == 0 && (b[7] & 0xFF) < 20)
                        ? "a Mach-O executable" : "a Java class file";
            }
            if (m == 0x0061736D) {
                return "a WebAssembly module";
            }
        }
        return "";
    }
}
