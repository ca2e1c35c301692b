package dev.skillpack.validator.analysis.prose;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Which Markdown files of a skill the prose rules read: SKILL.md and the files the agent may load as
 * instructions. Left out: files for people ({@code README}, {@code CHANGELOG}, licences, contribution
 * guides), templates and assets the agent copies rather than follows ({@code assets/}, {@code templates/}),
 * and test material ({@code evals/}, {@code tests/}). Files under an {@code examples/} folder, or whose name
 * says "example", are read as examples: every block is illustrative.
 */
public final class ProseScope {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("assets", "templates", "template", "evals", "eval",
            "evaluations", "tests", "test", "testdata", "fixtures", "node_modules", "scripts");
    /** File names (without extension, any case) of files written for people, not for the agent. */
    private static final Set<String> SKIPPED_NAMES = Set.of("readme", "changelog", "contributing", "code_of_conduct",
            "license", "licence", "release-notes", "release_notes", "third_party_notices");
    /** The same, but only in capitals: "security.md" or "history.md" may well be a reference. */
    private static final Set<String> SKIPPED_CAPITAL_NAMES = Set.of("SECURITY", "HISTORY", "CHANGES", "AUTHORS",
            "NOTICE");

    private ProseScope() {
    }

    /**
     * Rules read the prose built once per skill from {@code SkillAnalysis.prose()}.
     *
     * @param skill a parsed skill
     * @return SKILL.md's prose first, then each reference in scope, in path order
     */
    public static List<ProseDocument> documents(Skill skill) {
        return documents(skill, ProseMask::of);
    }

    /**
     * @param skill a parsed skill
     * @param masks the mask of each Markdown file (the analysis keeps one per file)
     * @return SKILL.md's prose first, then each reference in scope, in path order
     */
    public static List<ProseDocument> documents(Skill skill, Function<MarkdownDocument, ProseMask> masks) {
        List<ProseDocument> documents = new ArrayList<>();
        documents.add(ProseDocument.of(masks.apply(skill.body()), false));
        for (ReferenceFile reference : skill.references()) {
            if (inScope(reference.relativePath())) {
                documents.add(ProseDocument.of(masks.apply(reference.document()),
                        illustrative(reference.relativePath())));
            }
        }
        return documents;
    }

    /**
     * @param relativePath a Markdown file's path inside the skill
     * @return whether the prose rules read it
     */
    public static boolean inScope(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            String folder = parts[i].toLowerCase(Locale.ROOT);
            if (SKIPPED_FOLDERS.contains(folder) || folder.startsWith("evals") || folder.startsWith(".")) {
                return false;
            }
        }
        String name = parts[parts.length - 1];
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return !SKIPPED_NAMES.contains(stem.toLowerCase(Locale.ROOT)) && !SKIPPED_CAPITAL_NAMES.contains(stem);
    }

    /**
     * @param relativePath a Markdown file's path inside the skill
     * @return whether the file is an example as a whole
     */
    public static boolean illustrative(String relativePath) {
        String lower = relativePath.toLowerCase(Locale.ROOT);
        for (String part : lower.split("/")) {
            if (part.equals("examples") || part.equals("example") || part.equals("samples")
                    || part.contains("example")) {
                return true;
            }
        }
        return false;
    }
}
