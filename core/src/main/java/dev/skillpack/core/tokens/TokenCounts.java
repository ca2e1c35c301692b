package dev.skillpack.core.tokens;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import java.util.ArrayList;
import java.util.List;

/**
 * Token counts of one skill: what every prompt pays (name and description), what activation pays
 * (SKILL.md), and what each further file and section costs when read.
 *
 * @param tokenizer the tokenizer counted with
 * @param metadata tokens of {@code name} + {@code description}, always loaded for every installed skill
 * @param skillFile tokens of the whole SKILL.md, front matter included
 * @param body tokens of SKILL.md's Markdown body
 * @param files every Markdown file (SKILL.md first), with its sections
 */
public record TokenCounts(Tokenizer tokenizer, int metadata, int skillFile, int body, List<FileCount> files) {

    /** Copies the list. */
    public TokenCounts {
        files = List.copyOf(files);
    }

    /**
     * @param path display path
     * @param relativePath skill-relative path
     * @param tokens tokens of the whole file
     * @param lines number of lines
     * @param sections every section, depth first, with its own tokens (heading to next heading of any level)
     */
    public record FileCount(String path, String relativePath, int tokens, int lines, List<SectionCount> sections) {
        /** Copies the list. */
        public FileCount {
            sections = List.copyOf(sections);
        }
    }

    /**
     * @param heading the heading text
     * @param level heading level
     * @param line 1-based line of the heading
     * @param tokens tokens of the whole section including sub-sections
     */
    public record SectionCount(String heading, int level, int line, int tokens) {
    }

    /** @return tokens of every Markdown file other than SKILL.md */
    public int referenceTotal() {
        return files.stream().skip(1).mapToInt(FileCount::tokens).sum();
    }

    /**
     * @param skill a parsed skill
     * @param counter the counter
     * @return the skill's counts
     */
    public static TokenCounts of(Skill skill, TokenCounter counter) {
        String metadataText = skill.frontmatter().name().orElse("") + "\n"
                + skill.frontmatter().description().orElse("");
        List<FileCount> files = new ArrayList<>();
        for (MarkdownDocument doc : skill.markdownFiles()) {
            String text = doc.file().text();
            List<SectionCount> sections = doc.allSections()
                    .map(s -> new SectionCount(s.heading().text(), s.heading().level(), s.heading().span().line(),
                            counter.count(text.substring(s.span().offset(), s.span().endOffset()))))
                    .toList();
            files.add(new FileCount(doc.path(), doc.file().relativePath(), counter.count(text),
                    doc.file().lines().lineCount() - (text.endsWith("\n") ? 1 : 0), sections));
        }
        String skillText = skill.skillFile().text();
        return new TokenCounts(counter.tokenizer(), counter.count(metadataText), counter.count(skillText),
                counter.count(skill.body().body()), files);
    }

}
