package dev.skillpack.validator.engine;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text files of parsed packs by display path, to show and fingerprint the lines findings point at. */
public final class SourceTexts {
    private final Map<String, TextFile> byPath;

    private SourceTexts(Map<String, TextFile> byPath) {
        this.byPath = byPath;
    }

    /**
     * @param packs parsed packs
     * @return their SKILL.md files, other Markdown files and every other text file that was read
     */
    public static SourceTexts of(List<SkillPack> packs) {
        Map<String, TextFile> map = new HashMap<>();
        for (SkillPack pack : packs) {
            for (Skill skill : pack.skills()) {
                map.put(skill.skillFile().path(), skill.skillFile());
                for (MarkdownDocument doc : skill.markdownFiles()) {
                    map.putIfAbsent(doc.path(), doc.file());
                }
                for (Resource resource : skill.resources()) {
                    if (!map.containsKey(resource.path())) {
                        resource.textFile().ifPresent(file -> map.put(resource.path(), file));
                    }
                }
            }
        }
        return new SourceTexts(Map.copyOf(map));
    }

    /**
     * @param path a display path
     * @return the file, if it is a text file of the packs
     */
    public Optional<TextFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * @param span a span
     * @return the text of the span's first line, if the file is known and the line exists
     */
    public Optional<String> firstLine(SourceSpan span) {
        return file(span.path()).filter(f -> span.lineIndex() < f.lines().lineCount())
                .map(f -> f.lines().lineText(span.lineIndex()));
    }
}
