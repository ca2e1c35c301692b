package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text files of a skill that the parser did not analyse in depth because they are over the analysis limit
 * ({@link ProblemCode#TOO_LARGE_TO_ANALYSE}, SP110), and the skill as every rule but the character scans sees it:
 * with those files reduced to files that were not read. This is the one place the limit takes effect in the
 * check stage; rules themselves know nothing of it (see {@code Rule.scansOversizedFiles()}).
 */
public final class OversizedFiles {
    private OversizedFiles() {
    }

    /**
     * @param skill a parsed skill
     * @return the display paths of its files over the analysis limit; empty for nearly every skill
     */
    public static Set<String> of(Skill skill) {
        return skill.problems().stream().filter(p -> p.code() == ProblemCode.TOO_LARGE_TO_ANALYSE)
                .map(ParseProblem::span).map(SourceSpan::path).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The skill with its oversized files reduced: such a resource keeps its path, kind, size and executable bit but
     * neither bytes nor text (as a file past the reader's size limit), an oversized reference is no longer a Markdown
     * file of the skill, and an oversized SKILL.md keeps only its front matter (the same text, lines and spans up to
     * the closing {@code ---}) and an empty body. Problems are kept as they are.
     *
     * @param skill a parsed skill
     * @return the same instance when no file is over the limit, else the reduced skill
     */
    public static Skill reduced(Skill skill) {
        Set<String> oversized = of(skill);
        if (oversized.isEmpty()) {
            return skill;
        }
        List<Resource> resources = skill.resources().stream()
                .map(r -> oversized.contains(r.path()) ? new Resource(r.relativePath(), r.path(), r.kind(), r.size(),
                        r.executable()) : r)
                .toList();
        List<ReferenceFile> references = skill.references().stream()
                .filter(r -> !oversized.contains(r.document().path())).toList();
        TextFile skillFile = skill.skillFile();
        Frontmatter frontmatter = skill.frontmatter();
        MarkdownDocument body = skill.body();
        if (oversized.contains(skillFile.path())) {
            int end = frontmatter.closed() ? body.bodyOffset() : 0;
            skillFile = TextFile.of(skillFile.path(), skillFile.relativePath(), skillFile.text().substring(0, end),
                    skillFile.byteOrderMark(), skillFile.byteSize());
            if (!frontmatter.closed()) {
                SourceSpan start = SourceSpan.wholeFile(skillFile.path());
                frontmatter = new Frontmatter(frontmatter.present(), false, start, start, List.of());
            }
            body = new MarkdownDocument(skillFile, end, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        return new Skill(skill.folderName(), skill.path(), skillFile, frontmatter, body, references, resources,
                skill.problems());
    }
}
