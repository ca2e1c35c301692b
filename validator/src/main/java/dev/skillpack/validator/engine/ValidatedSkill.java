package dev.skillpack.validator.engine;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.parse.PlannedSkill;
import dev.skillpack.validator.rule.Finding;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One validated skill as a {@link ValidationResult} keeps it once its rules have run: its paths, front matter,
 * file list with content hashes, parse problems, the suppression comments of its files and the source lines its
 * findings point at — not its bytes, text, Markdown model or analysis, which become garbage as soon as the skill
 * is checked, so a run's memory stays flat however many skills the pack has. What needs the full content later
 * (a fix, an archive, a report's token bars) reads the skill again with {@link #reread()}, which refuses files
 * that are no longer the ones validated. Immutable and thread-safe.
 */
public final class ValidatedSkill {
    private final PlannedSkill source;
    private final Skill outline;
    private final List<ValidatedFile> files;
    private final Map<String, SourceLines> lines;
    private final InlineSuppressions suppressions;

    private ValidatedSkill(PlannedSkill source, Skill outline, List<ValidatedFile> files,
                           Map<String, SourceLines> lines, InlineSuppressions suppressions) {
        this.source = source;
        this.outline = outline;
        this.files = List.copyOf(files);
        this.lines = Map.copyOf(lines);
        this.suppressions = suppressions;
    }

    /**
     * Keeps what reports need of a checked skill.
     *
     * @param source where the skill was read from (read again by {@link #reread()})
     * @param skill the skill as parsed and checked
     * @param findings the findings its rules reported; the lines they point at are kept
     * @param canonicalId turns a rule id or alias written in a suppression comment into the rule id
     * @return the light view
     */
    public static ValidatedSkill of(PlannedSkill source, Skill skill, Collection<Finding> findings,
                                    Function<String, String> canonicalId) {
        Objects.requireNonNull(source, "source");
        Map<String, TextFile> texts = texts(skill);
        Map<String, Set<Integer>> wanted = new HashMap<>();
        Frontmatter frontmatter = skill.frontmatter();
        if (frontmatter.present()) {
            Set<Integer> head = wanted.computeIfAbsent(skill.skillFile().path(), k -> new HashSet<>());
            for (int i = 0; i <= frontmatter.span().endLineIndex(); i++) {
                head.add(i); // pack rules (SP031, say) report in the front matter after the skill is let go
            }
        }
        for (Finding finding : findings) {
            SourceSpan span = finding.span();
            if (texts.containsKey(span.path())) {
                wanted.computeIfAbsent(span.path(), k -> new HashSet<>()).add(span.lineIndex());
            }
        }
        Map<String, SourceLines> lines = new HashMap<>();
        texts.forEach((path, file) -> lines.put(path, SourceLines.of(file, wanted.getOrDefault(path, Set.of()))));
        return new ValidatedSkill(source, outline(skill), files(skill), lines, InlineSuppressions.of(skill, canonicalId));
    }

    /**
     * The text files of a skill by display path, as reports look them up: SKILL.md, the other Markdown files,
     * then every other text file that was read.
     *
     * @param skill a parsed skill
     * @return its texts
     */
    static Map<String, TextFile> texts(Skill skill) {
        Map<String, TextFile> map = new HashMap<>();
        map.put(skill.skillFile().path(), skill.skillFile());
        for (MarkdownDocument doc : skill.markdownFiles()) {
            map.putIfAbsent(doc.path(), doc.file());
        }
        for (Resource resource : skill.resources()) {
            if (!map.containsKey(resource.path())) {
                resource.textFile().ifPresent(file -> map.put(resource.path(), file));
            }
        }
        return map;
    }

    private static List<ValidatedFile> files(Skill skill) {
        return skill.resources().stream().map(ValidatedFile::of).toList();
    }

    /**
     * The skill as pack-level rules see it: front matter, file list and problems; the SKILL.md text only up to
     * the end of the front matter, no body, no other Markdown files, no file contents.
     */
    private static Skill outline(Skill skill) {
        TextFile file = skill.skillFile();
        Frontmatter frontmatter = skill.frontmatter();
        int end = frontmatter.present()
                ? Math.min(file.text().length(), frontmatter.span().offset() + frontmatter.span().length()) : 0;
        String head = file.text().substring(0, end);
        TextFile headFile = new TextFile(file.path(), file.relativePath(), head, file.byteOrderMark(),
                file.lineEndings(), file.byteSize(), LineMap.of(file.path(), head));
        MarkdownDocument body = new MarkdownDocument(headFile, head.length(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        List<Resource> resources = skill.resources().stream()
                .map(r -> new Resource(r.relativePath(), r.path(), r.kind(), r.size(), r.executable())).toList();
        return new Skill(skill.folderName(), skill.path(), headFile, frontmatter, body, List.of(), resources,
                skill.problems());
    }

    /** @return display path of the skill's folder */
    public String path() {
        return outline.path();
    }

    /** @return the folder's name */
    public String folderName() {
        return outline.folderName();
    }

    /** @return the {@code name} field, if set */
    public Optional<String> name() {
        return outline.name();
    }

    /** @return the front matter */
    public Frontmatter frontmatter() {
        return outline.frontmatter();
    }

    /** @return display path of the SKILL.md */
    public String skillFilePath() {
        return outline.skillFile().path();
    }

    /** @return every file of the skill, SKILL.md included, in path order */
    public List<ValidatedFile> files() {
        return files;
    }

    /** @return what could not be read, in file order */
    public List<ParseProblem> problems() {
        return outline.problems();
    }

    /**
     * @return the skill as pack-level rules saw it: front matter, file list (without contents) and problems;
     *         its SKILL.md text ends with the front matter, and it has no body or other Markdown files
     */
    public Skill outline() {
        return outline;
    }

    /**
     * Reads the skill again, in full, and checks that every file is still the one validated (same list, same
     * bytes by SHA-256, same executable bit).
     *
     * @return the skill as parsed now
     * @throws SkillChangedException when a file is no longer what was validated
     */
    public Skill reread() throws SkillChangedException {
        Skill now = source.parse();
        List<ValidatedFile> seen = files(now);
        if (!seen.equals(files)) {
            for (int i = 0; i < Math.max(seen.size(), files.size()); i++) {
                ValidatedFile was = i < files.size() ? files.get(i) : null;
                ValidatedFile is = i < seen.size() ? seen.get(i) : null;
                if (!Objects.equals(was, is)) {
                    throw new SkillChangedException(was != null ? was.path() : is.path());
                }
            }
        }
        return now;
    }

    /**
     * @param path a display path
     * @return the kept lines of that text file of the skill, if it is one
     */
    Optional<SourceLines> lines(String path) {
        return Optional.ofNullable(lines.get(path));
    }

    /** @return the display paths of the skill's text files */
    Set<String> textPaths() {
        return lines.keySet();
    }

    /** @return the suppression comments of the skill's files */
    InlineSuppressions suppressions() {
        return suppressions;
    }

    @Override
    public String toString() {
        return "ValidatedSkill[" + path() + ", " + files.size() + " files]";
    }
}
