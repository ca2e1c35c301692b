package dev.skillpack.validator.engine;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text files of validated packs by display path, to show and fingerprint the lines findings point at.
 * The lines findings point at were kept when each skill was checked; a line nobody kept (a finding added
 * later by a pack-level rule of another jar, say) and a whole file ({@link #file}) are read again from the
 * skill's source, checked against what was validated. Thread-safe.
 */
public final class SourceTexts {
    private final Map<String, ValidatedSkill> owners;
    private final Map<ValidatedSkill, Optional<Map<String, TextFile>>> reread = new ConcurrentHashMap<>();

    private SourceTexts(Map<String, ValidatedSkill> owners) {
        this.owners = owners;
    }

    /**
     * @param packs validated packs
     * @return their SKILL.md files, other Markdown files and every other text file that was read
     */
    public static SourceTexts of(List<ValidatedPack> packs) {
        Map<String, ValidatedSkill> owners = new HashMap<>();
        for (ValidatedPack pack : packs) {
            for (ValidatedSkill skill : pack.skills()) {
                skill.textPaths().forEach(path -> owners.put(path, skill));
            }
        }
        return new SourceTexts(Map.copyOf(owners));
    }

    /**
     * The whole file, read again from its skill's source.
     *
     * @param path a display path
     * @return the file, if it is a text file of the packs
     * @throws SkillChangedException when the skill's files are no longer those validated
     */
    public Optional<TextFile> file(String path) throws SkillChangedException {
        ValidatedSkill owner = owners.get(path);
        if (owner == null) {
            return Optional.empty();
        }
        Skill now = owner.reread();
        return Optional.ofNullable(ValidatedSkill.texts(now).get(path));
    }

    /**
     * @param span a span
     * @return the text of the span's first line, if the file is known and the line exists
     */
    public Optional<String> firstLine(SourceSpan span) {
        ValidatedSkill owner = owners.get(span.path());
        if (owner == null) {
            return Optional.empty();
        }
        SourceLines lines = owner.lines(span.path()).orElseThrow();
        int index = span.lineIndex();
        if (index >= lines.lineCount()) {
            return Optional.empty();
        }
        Optional<String> kept = lines.line(index);
        if (kept.isPresent()) {
            return kept;
        }
        // not kept: read the skill again (once), unless it changed, in which case the line is not shown
        return reread.computeIfAbsent(owner, SourceTexts::texts).map(texts -> texts.get(span.path()))
                .filter(f -> index < f.lines().lineCount()).map(f -> f.lines().lineText(index));
    }

    private static Optional<Map<String, TextFile>> texts(ValidatedSkill skill) {
        try {
            return Optional.of(ValidatedSkill.texts(skill.reread()));
        } catch (SkillChangedException e) {
            return Optional.empty();
        }
    }
}
