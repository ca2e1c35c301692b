package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP431: an archive inside the skill (zip, jar, tar, gzip, bzip2, xz, 7z, rar, .skill), recognised by
 * its first bytes or extension (Office and OpenDocument files, zip containers by format, pass). What is inside is not validated, not reviewed in a diff, and unpacked by
 * whatever the agent runs.
 */
public final class ArchiveFileRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP431", "archive-file", Category.SECURITY, Severity.WARNING,
            "The skill contains an archive whose contents nobody reviews or validates.");
    private static final Set<String> EXTENSIONS = Set.of("zip", "jar", "war", "tar", "gz", "tgz", "bz2", "xz", "7z",
            "rar", "skill", "whl", "egg", "zst", "cab", "iso", "dmg", "apk", "ipa", "nupkg");

    private static final Set<String> DOCUMENTS = Set.of("docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotx",
            "potx", "xltx", "odt", "ods", "odp", "odg", "epub", "vsdx", "key", "numbers", "pages", "3mf", "kmz");

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
            if (DOCUMENTS.contains(SkillText.extension(r))) {
                // Office and OpenDocument files are zip containers by format, not archives someone packed
                continue;
            }
            String kind = r.content().map(b -> magic(b.toByteArray())).orElse("");
            if (kind.isEmpty() && EXTENSIONS.contains(SkillText.extension(r))) {
                kind = "an archive";
            }
            if (kind.isEmpty()) {
                continue;
            }
            context.report(SourceSpan.wholeFile(r.path()), String.format("%s is %s (%d bytes); its contents are not "
                    + "validated and do not show in a review: check the files in unpacked, or remove it",
                    r.relativePath(), kind, r.size()));
        }
    }

    private static String magic(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) {
            return "a zip archive";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "a gzip archive";
        }
        if (b.length >= 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h') {
            return "a bzip2 archive";
        }
        if (b.length >= 6 && (b[0] & 0xFF) == 0xFD && b[1] == '7' && b[2] == 'z' && b[3] == 'X' && b[4] == 'Z') {
            return "an xz archive";
        }
        if (b.length >= 6 && b[0] == '7' && b[1] == 'z' && (b[2] & 0xFF) == 0xBC && (b[3] & 0xFF) == 0xAF) {
            return "a 7z archive";
        }
        if (b.length >= 4 && b[0] == 'R' && b[1] == 'a' && b[2] == 'r' && b[3] == '!') {
            return "a rar archive";
        }
        if (b.length >= 262 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r') {
            return "a tar archive";
        }
        return "";
    }
}
