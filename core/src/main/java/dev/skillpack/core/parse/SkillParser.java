package dev.skillpack.core.parse;

import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.PackTree;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.parse.internal.DecodedText;
import dev.skillpack.core.parse.internal.FrontmatterSplit;
import dev.skillpack.core.parse.internal.LinkResolver;
import dev.skillpack.core.parse.internal.MarkdownReader;
import dev.skillpack.core.parse.internal.TextDecoder;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceEntry;
import dev.skillpack.core.source.SourceListing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads skills into the model. Every file is read and parsed once. Bad input never throws: it
 * becomes a {@link ParseProblem} on the skill or pack, next to whatever could still be read.
 * Thread-safe: one parser can serve many threads.
 *
 * <pre>{@code
 * SkillPack pack = SkillParser.create().parsePack(Path.of("skills"));
 * }</pre>
 */
public final class SkillParser {
    /** The file name the spec prefers. */
    public static final String SKILL_FILE = "SKILL.md";
    /** The lower-case name the reference validator also accepts. */
    public static final String SKILL_FILE_LOWER = "skill.md";

    private final ParseLimits limits;
    private final SafeYaml yaml;
    private final MarkdownReader markdown = new MarkdownReader();

    private SkillParser(ParseLimits limits) {
        this.limits = limits;
        this.yaml = new SafeYaml(limits);
    }

    /** @return a parser with default limits */
    public static SkillParser create() {
        return builder().build();
    }

    /** @return a builder to set limits */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the limits this parser applies to front matter */
    public ParseLimits limits() {
        return limits;
    }

    /**
     * Reads every skill in a folder: the folder itself when it holds a SKILL.md, else every folder
     * below it that does.
     *
     * @param folder a folder
     * @return the pack
     */
    public SkillPack parsePack(Path folder) {
        return parsePack(DirectorySkillSource.of(folder));
    }

    /**
     * @param source where the files come from
     * @return every skill found in the source, in path order
     */
    public SkillPack parsePack(SkillSource source) {
        return plan(source).parseAll();
    }

    /**
     * Lists a source and sorts its files into skills without reading the skills' files yet: the plan's
     * {@link PlannedSkill#parse()} reads one skill when asked, so a pack can be checked skill by skill in
     * flat memory. Client files beside the skills are read here.
     *
     * @param source where the files come from
     * @return every skill found in the source, in path order, ready to read
     */
    public PackPlan plan(SkillSource source) {
        SourceListing listing = source.list();
        List<ParseProblem> packProblems = new ArrayList<>(listing.problems());
        List<String> roots = skillRoots(listing.files());
        if (roots.isEmpty()) {
            packProblems.add(new ParseProblem(ProblemCode.SKILL_FILE_MISSING, "no " + SKILL_FILE
                    + " found in this folder or below it; a skill is a folder holding a " + SKILL_FILE,
                    SourceSpan.wholeFile(source.displayPath())));
        }
        SkillRoots owners = new SkillRoots(roots);
        Map<String, List<SourceEntry>> filesByRoot = new HashMap<>();
        for (SourceEntry file : listing.files()) {
            owners.owner(file.path()).ifPresent(r -> filesByRoot.computeIfAbsent(r, k -> new ArrayList<>()).add(file));
        }
        Map<String, List<ParseProblem>> problemsByRoot = new HashMap<>();
        Map<String, String> rootByShown = new HashMap<>();
        roots.forEach(r -> rootByShown.put(source.displayPathOf(r), r));
        List<ParseProblem> unowned = new ArrayList<>();
        for (ParseProblem problem : packProblems) {
            boolean owned = false;
            for (String root : candidateRoots(problem.span().path(), rootByShown)) {
                if (belongsTo(problem, source, root, owners)) {
                    owned = true;
                    problemsByRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(problem);
                }
            }
            if (!owned) {
                unowned.add(problem);
            }
        }
        // skills are independent: each is read when asked (sources and this parser are thread-safe), in root order
        List<PlannedSkill> skills = roots.stream()
                .map(root -> planned(source, root, filesByRoot.getOrDefault(root, List.of()),
                        problemsByRoot.getOrDefault(root, List.of())))
                .toList();
        List<TextFile> clientFiles = clientFiles(source, listing.files(), unowned);
        return new PackPlan(source.displayPath(), skills, unowned, clientFiles, tree(listing, clientFiles));
    }

    /** One skill of a plan: its paths now, its files read by {@link PlannedSkill#parse()}. */
    private PlannedSkill planned(SkillSource source, String root, List<SourceEntry> files, List<ParseProblem> problems) {
        String prefix = root.isEmpty() ? "" : root + "/";
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.path().substring(prefix.length())));
        String skillFileName = !names.contains(SKILL_FILE) && names.contains(SKILL_FILE_LOWER) ? SKILL_FILE_LOWER
                : SKILL_FILE;
        List<SourceEntry> ownFiles = List.copyOf(files);
        List<ParseProblem> ownProblems = List.copyOf(problems);
        return new PlannedSkill(source.displayPathOf(root), folderName(source, root),
                source.displayPathOf(prefix + skillFileName), () -> parseSkill(source, root, ownFiles, ownProblems));
    }

    private static String folderName(SkillSource source, String root) {
        return root.isEmpty() ? rootName(source) : root.substring(root.lastIndexOf('/') + 1);
    }

    /** Limits that cut a listing short without saying where: absence of a path then says nothing. */
    private static final Set<ProblemCode> CUT_SHORT = Set.of(ProblemCode.TOO_MANY_FILES, ProblemCode.ARCHIVE_LIMIT);

    /**
     * The paths the listing saw, kept only when a client file may name some (else no rule asks). A listing cut
     * short by a limit knows nothing about absence.
     */
    private static PackTree tree(SourceListing listing, List<TextFile> clientFiles) {
        if (clientFiles.isEmpty()) {
            return PackTree.unknown();
        }
        List<String> unlisted = new ArrayList<>(listing.unlisted());
        if (listing.problems().stream().anyMatch(p -> CUT_SHORT.contains(p.code()))) {
            unlisted.add("");
        }
        return PackTree.of(listing.files().stream().map(SourceEntry::path).toList(), unlisted);
    }

    /** Files a client reads beside the skills, whose paths end with one of these. */
    private static final List<String> CLIENT_FILES = List.of(".claude-plugin/plugin.json",
            ".claude-plugin/marketplace.json");

    /**
     * Claude Code plugin manifests and marketplaces anywhere in the pack, read and decoded once so that
     * rules can check them; a file that cannot be read or is not UTF-8 text is left out with a problem.
     */
    private static List<TextFile> clientFiles(SkillSource source, List<SourceEntry> files, List<ParseProblem> problems) {
        List<TextFile> result = new ArrayList<>();
        for (SourceEntry entry : files) {
            String path = entry.path();
            if (CLIENT_FILES.stream().noneMatch(c -> path.equals(c) || path.endsWith("/" + c))) {
                continue;
            }
            String shown = source.displayPathOf(path);
            read(source, entry, shown, problems).map(bytes -> TextDecoder.decode(bytes, shown, path))
                    .filter(text -> !text.binary()).ifPresent(text -> result.add(text.file()));
        }
        return result;
    }

    /**
     * Reads one skill folder. A folder without SKILL.md still yields a skill, with a problem.
     *
     * @param folder the skill's folder
     * @return the skill
     */
    public Skill parseSkill(Path folder) {
        return parseSkill(DirectorySkillSource.of(folder));
    }

    /**
     * Reads the root of a source as one skill: every file in it belongs to the skill, and the skill's
     * folder name is the last segment of the source's display path (or of its folder on disk).
     *
     * @param source where the skill's files come from
     * @return the skill; without SKILL.md it still yields a skill, with a problem
     */
    public Skill parseSkill(SkillSource source) {
        SourceListing listing = source.list();
        return parseSkill(source, "", listing.files(), listing.problems());
    }

    /**
     * Lists the root of a source as one skill, as {@link #parseSkill(SkillSource)} reads it, without reading
     * its files yet.
     *
     * @param source where the skill's files come from
     * @return the skill, read by {@link PlannedSkill#parse()}
     */
    public PlannedSkill planSkill(SkillSource source) {
        SourceListing listing = source.list();
        return planned(source, "", listing.files(), listing.problems());
    }

    private static List<String> skillRoots(List<SourceEntry> files) {
        return files.stream()
                .filter(f -> f.fileName().equals(SKILL_FILE) || f.fileName().equals(SKILL_FILE_LOWER))
                .map(SourceEntry::folder).distinct().sorted().toList();
    }

    /**
     * The roots whose display path is the problem's path or one of its folders (and a root shown as
     * "."): only those can pass the prefix test of {@link #belongsTo}, so the rest need no look.
     */
    private static Set<String> candidateRoots(String shown, Map<String, String> rootByShown) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String folder = shown; ; folder = folder.substring(0, folder.lastIndexOf('/'))) {
            String root = rootByShown.get(folder);
            if (root != null) {
                candidates.add(root);
            }
            if (folder.lastIndexOf('/') < 0) {
                break;
            }
        }
        String dot = rootByShown.get(".");
        if (dot != null) {
            candidates.add(dot);
        }
        return candidates;
    }

    private static boolean belongsTo(ParseProblem problem, SkillSource source, String root, SkillRoots owners) {
        String rootShown = source.displayPathOf(root);
        String shown = problem.span().path();
        if (!shown.equals(rootShown) && !shown.startsWith(rootShown.equals(".") ? "" : rootShown + "/")) {
            return false;
        }
        String relative = shown.equals(source.displayPath()) ? "" : rootShown.equals(shown) ? root
                : shown.substring(source.displayPathOf("").length() + (source.displayPath().equals(".") ? 0 : 1));
        return owners.owner(relative).map(root::equals).orElse(root.isEmpty());
    }

    /** The skill roots of a pack, answering "which skill owns this path" by walking the path's folders. */
    private static final class SkillRoots {
        private final Set<String> roots;

        SkillRoots(List<String> roots) {
            this.roots = new HashSet<>(roots);
        }

        /** The deepest root that is a proper folder of the path (the empty root holds every path). */
        Optional<String> owner(String path) {
            for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
                String folder = path.substring(0, slash);
                if (roots.contains(folder)) {
                    return Optional.of(folder);
                }
                if (slash == 0) {
                    break;
                }
            }
            return roots.contains("") ? Optional.of("") : Optional.empty();
        }
    }

    private Skill parseSkill(SkillSource source, String root, List<SourceEntry> files, List<ParseProblem> walkProblems) {
        String prefix = root.isEmpty() ? "" : root + "/";
        String skillPath = source.displayPathOf(root);
        String folderName = folderName(source, root);
        List<ParseProblem> problems = new ArrayList<>(walkProblems);
        Map<String, SourceEntry> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path().substring(prefix.length()), f));
        Set<String> relativePaths = byPath.keySet();

        String skillFileName = relativePaths.contains(SKILL_FILE) ? SKILL_FILE
                : relativePaths.contains(SKILL_FILE_LOWER) ? SKILL_FILE_LOWER : SKILL_FILE;
        if (relativePaths.contains(SKILL_FILE) && relativePaths.contains(SKILL_FILE_LOWER)) {
            problems.add(new ParseProblem(ProblemCode.SKILL_FILE_AMBIGUOUS, "both " + SKILL_FILE + " and "
                    + SKILL_FILE_LOWER + " exist; " + SKILL_FILE + " was read, delete " + SKILL_FILE_LOWER,
                    SourceSpan.wholeFile(source.displayPathOf(prefix + SKILL_FILE_LOWER))));
        }

        List<Resource> resources = new ArrayList<>();
        List<ReferenceFile> references = new ArrayList<>();
        TextFile skillFile = null;
        Frontmatter frontmatter = null;
        MarkdownDocument body = null;
        for (Map.Entry<String, SourceEntry> e : byPath.entrySet()) {
            String rel = e.getKey();
            SourceEntry entry = e.getValue();
            String shown = source.displayPathOf(entry.path());
            Optional<Bytes> raw = read(source, entry, shown, problems);
            Optional<DecodedText> decoded = raw.map(bytes -> TextDecoder.decode(bytes, shown, rel));
            boolean binary = decoded.map(DecodedText::binary).orElse(true);
            if (!binary) {
                longLine(decoded.get().file(), limits.maxLineChars()).ifPresent(problems::add);
            }
            // over the limit, a file is decoded (its characters can still be checked) but its Markdown is not parsed
            boolean tooLarge = raw.isPresent() && raw.get().length() > limits.maxAnalysedBytes()
                    && (!binary || rel.equals(skillFileName));
            if (tooLarge) {
                problems.add(tooLargeToAnalyse(rel, shown, raw.get().length(), limits.maxAnalysedBytes()));
            }
            // the text decoded here is the one every later stage reads: the resource and the Markdown share it
            resources.add(new Resource(rel, shown, binary ? Resource.Kind.BINARY : Resource.Kind.TEXT,
                    entry.size(), entry.executable(), raw,
                    binary ? Optional.empty() : decoded.map(DecodedText::file)));
            if (decoded.isEmpty() || !isMarkdown(rel)) {
                continue;
            }
            DecodedText text = decoded.get();
            boolean isSkillFile = rel.equals(skillFileName);
            if (text.binary() && text.problem().isEmpty() && !isSkillFile) {
                continue;
            }
            text.problem().ifPresent(problems::add);
            LinkResolver resolver = new LinkResolver(relativePaths, rel);
            if (isSkillFile) {
                skillFile = text.file();
                FrontmatterSplit split = FrontmatterSplit.of(skillFile.text());
                // text that could not be decoded at all has one problem already; "no front matter" is noise
                frontmatter = frontmatter(skillFile, split, text.decoded() ? problems : new ArrayList<>());
                int bodyOffset = split.closed() ? split.blockEnd() : 0;
                body = tooLarge ? unparsed(skillFile, bodyOffset) : markdown.read(skillFile, bodyOffset, resolver);
            } else {
                references.add(new ReferenceFile(rel, tooLarge ? unparsed(text.file(), 0)
                        : markdown.read(text.file(), 0, resolver)));
            }
        }
        if (skillFile == null) {
            String shown = source.displayPathOf(prefix + SKILL_FILE);
            if (!byPath.containsKey(skillFileName)) {
                problems.add(new ParseProblem(ProblemCode.SKILL_FILE_MISSING, "missing required file " + SKILL_FILE
                        + " in " + skillPath, SourceSpan.wholeFile(shown)));
            }
            skillFile = TextFile.of(shown, skillFileName, "", false, 0);
            frontmatter = new Frontmatter(false, false, SourceSpan.wholeFile(shown), SourceSpan.wholeFile(shown),
                    List.of());
            body = markdown.read(skillFile, 0, new LinkResolver(relativePaths, skillFileName));
        }
        problems.sort(Comparator.comparing((ParseProblem p) -> p.span().path()).thenComparingInt(p -> p.span().offset()));
        return new Skill(folderName, skillPath, skillFile, frontmatter, body, references, resources, problems);
    }

    /** A document of a file whose Markdown was not parsed: its text, and no blocks, links or inlines. */
    private static MarkdownDocument unparsed(TextFile file, int bodyOffset) {
        return new MarkdownDocument(file, bodyOffset, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private static ParseProblem tooLargeToAnalyse(String relativePath, String shown, long bytes, long limit) {
        return new ParseProblem(ProblemCode.TOO_LARGE_TO_ANALYSE, String.format(Locale.ROOT, "%s is %,d bytes, over the"
                + " limit of %,d bytes for a file to be analysed, so only its front matter and its characters were"
                + " checked: split it into smaller files that SKILL.md names, or raise the limit if it must be this"
                + " large", relativePath, bytes, limit), SourceSpan.wholeFile(shown));
    }

    /** The first line longer than the limit, as a problem at its start. */
    static Optional<ParseProblem> longLine(TextFile file, int maxChars) {
        String text = file.text();
        if (text.length() <= maxChars) {
            return Optional.empty();
        }
        // the line map has found every line break already: a long text is not searched again
        LineMap lines = file.lines();
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length();
            if (end - start > maxChars) {
                return Optional.of(new ParseProblem(ProblemCode.LINE_TOO_LONG, "line is " + (end - start)
                        + " characters long; the limit is " + maxChars + ". Wrap it: nobody can review a line this"
                        + " long, and minified or packed text hides what a skill does",
                        lines.span(start, 1)));
            }
        }
        return Optional.empty();
    }

    private static String rootName(SkillSource source) {
        if (source instanceof DirectorySkillSource dir) {
            Path name = dir.root().getFileName();
            return name == null ? "" : name.toString();
        }
        String shown = source.displayPath();
        return shown.substring(shown.lastIndexOf('/') + 1);
    }

    private static boolean isMarkdown(String relativePath) {
        return relativePath.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static Optional<Bytes> read(SkillSource source, SourceEntry entry, String shown,
                                         List<ParseProblem> problems) {
        if (entry.size() > source.limits().maxFileBytes()) {
            problems.add(new ParseProblem(ProblemCode.FILE_TOO_LARGE, "file is " + entry.size()
                    + " bytes; the limit is " + source.limits().maxFileBytes() + ", so it was not read",
                    SourceSpan.wholeFile(shown)));
            return Optional.empty();
        }
        try {
            return Optional.of(source.readContent(entry));
        } catch (IOException e) {
            problems.add(new ParseProblem(ProblemCode.UNREADABLE, "cannot read file: "
                    + dev.skillpack.core.text.IoReason.of(e),
                    SourceSpan.wholeFile(shown)));
            return Optional.empty();
        }
    }

    private Frontmatter frontmatter(TextFile file, FrontmatterSplit split, List<ParseProblem> problems) {
        SourceSpan start = file.lines().span(0, 0);
        if (!split.present()) {
            problems.add(new ParseProblem(ProblemCode.FRONTMATTER_MISSING, SKILL_FILE
                    + " must start with YAML front matter: a line '---', the fields, and a closing '---'", start));
            return new Frontmatter(false, false, start, start, List.of());
        }
        if (!split.closed()) {
            problems.add(new ParseProblem(ProblemCode.FRONTMATTER_UNCLOSED,
                    "front matter is not closed: add a line '---' after the last field",
                    file.lines().span(0, 3)));
            return new Frontmatter(true, false, file.lines().span(0, file.text().length()),
                    file.lines().span(split.yamlStart(), split.yamlEnd() - split.yamlStart()), List.of());
        }
        SafeYaml.Result result = yaml.read(file.lines(), file.text(), split.yamlStart(), split.yamlEnd());
        problems.addAll(result.problems());
        List<YamlEntry> entries = result.root().map(m -> m.entries()).orElse(List.of());
        return new Frontmatter(true, true, file.lines().span(0, split.blockEnd()),
                file.lines().span(split.yamlStart(), split.yamlEnd() - split.yamlStart()), entries);
    }

    /** Configures a {@link SkillParser}. */
    public static final class Builder {
        private ParseLimits limits = ParseLimits.defaults();

        private Builder() {
        }

        /**
         * @param limits front-matter limits
         * @return this builder
         */
        public Builder limits(ParseLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** @return the parser */
        public SkillParser build() {
            return new SkillParser(limits);
        }
    }
}
