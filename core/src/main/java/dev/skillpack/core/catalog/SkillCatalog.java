package dev.skillpack.core.catalog;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.pack.IndexedSkill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Skills loaded for use at run time, by a Java agent that embeds them: from folders, {@code .skill}
 * archives, jars in the classpath layout ({@code META-INF/resources/skills/<name>/} plus
 * {@code META-INF/skills/index.json}) and the class path. It gives what progressive disclosure needs:
 * the {@code <available_skills>} block for the system prompt ({@link #availableSkillsPrompt()}), a skill's
 * body when the model activates it ({@link #activate}), one of its files when the body sends the model
 * there ({@link #readResource}), and token counts to budget all three ({@link #tokens}).
 *
 * <p>Every file is read once, while building, with the parser's limits; afterwards nothing touches the
 * disk, so {@link #readResource} can only ever return a file of the skill. Bad input never throws while
 * building: a skill that cannot be used is left out and {@link #problems()} says why. The catalog is
 * immutable and thread-safe, and prints nothing.
 *
 * <pre>{@code
 * SkillCatalog catalog = SkillCatalog.builder().addClasspath(getClass().getClassLoader()).build();
 * String systemPrompt = base + catalog.availableSkillsPrompt();
 * String body = catalog.activate("pdf-forms");
 * String guide = catalog.readResource("pdf-forms", "references/fields.md").text();
 * }</pre>
 */
public final class SkillCatalog {
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");

    private final Map<String, CatalogSkill> skills;
    private final List<ParseProblem> problems;
    private final TokenCounter counter;
    private final Map<String, SkillTokens> counted = new ConcurrentHashMap<>();

    private SkillCatalog(Map<String, CatalogSkill> skills, List<ParseProblem> problems, Tokenizer tokenizer) {
        this.skills = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skills));
        this.problems = List.copyOf(problems);
        this.counter = TokenCounter.of(tokenizer);
    }

    /** @return a builder; add sources in the order their skills should be listed */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the skills in the order they were added; a name appears once (the first source wins) */
    public List<CatalogSkill> skills() {
        return List.copyOf(skills.values());
    }

    /** @return the skill names, in order */
    public List<String> names() {
        return List.copyOf(skills.keySet());
    }

    /**
     * @param name a skill name
     * @return the skill of that name
     */
    public Optional<CatalogSkill> skill(String name) {
        return Optional.ofNullable(skills.get(name));
    }

    /**
     * @return what could not be read, and why: unreadable sources, skills left out (unusable, shadowed by
     *         an earlier one of the same name, not matching their jar's index), and the parse problems of the
     *         skills that were loaded (a file too large, a symbolic link not followed)
     */
    public List<ParseProblem> problems() {
        return problems;
    }

    /**
     * @return the {@code <available_skills>} block listing every skill, byte-compatible with the reference
     *         {@code to-prompt} (see {@link AvailableSkillsPrompt})
     */
    public String availableSkillsPrompt() {
        return AvailableSkillsPrompt.render(skills.values().stream()
                .map(s -> new PromptEntry(s.name(), s.description(), s.location())).toList());
    }

    /**
     * @param name a skill name
     * @return the Markdown body of its SKILL.md, after the front matter, without leading or trailing blank space
     * @throws CatalogException when no skill has that name
     */
    public String activate(String name) {
        return require(name).skill().body().body().strip();
    }

    /**
     * @param name a skill name
     * @return the paths of the skill's files, SKILL.md included, in path order
     * @throws CatalogException when no skill has that name
     */
    public List<String> resourcePaths(String name) {
        return require(name).skill().resources().stream().map(Resource::relativePath).toList();
    }

    /**
     * Reads one file of a skill. The path is relative to the skill folder, as the body writes it
     * ({@code references/guide.md}; a leading {@code ./} is allowed). It can name only a file the skill
     * was loaded with: an absolute path, a {@code ..} segment, a backslash, a drive letter, a control
     * character, or any of them hidden behind percent-encoding is refused, and nothing is read from disk.
     *
     * @param name a skill name
     * @param path a path inside the skill
     * @return the file
     * @throws CatalogException when the skill or the file does not exist, the path is refused, or the file
     *         was not loaded (too large, unreadable)
     */
    public ResourceContent readResource(String name, String path) {
        CatalogSkill skill = require(name);
        String relative = checkPath(Objects.requireNonNull(path, "path"));
        Resource resource = skill.skill().resource(relative).orElseThrow(() -> new CatalogException(
                "skill '" + shown(name) + "' has no file '" + shown(relative) + "'; its files are: "
                        + listing(skill)));
        if (resource.content().isEmpty()) {
            throw new CatalogException("file '" + shown(relative) + "' of skill '" + shown(name)
                    + "' was not loaded (too large or unreadable)");
        }
        return new ResourceContent(relative, resource.content().get(), resource.isText());
    }

    /**
     * @param name a skill name
     * @return its token counts: from the jar's index when it has one made with this catalog's tokenizer,
     *         else counted (once, on the first call)
     * @throws CatalogException when no skill has that name
     */
    public SkillTokens tokens(String name) {
        CatalogSkill skill = require(name);
        Optional<IndexedSkill> index = skill.index();
        String tokenizer = counter.tokenizer().id();
        if (index.isPresent() && skill.indexTokenizer().equals(tokenizer)) {
            IndexedSkill i = index.get();
            Map<String, Integer> perFile = new LinkedHashMap<>();
            i.files().forEach(f -> perFile.put(f.path(), f.tokens()));
            return new SkillTokens(tokenizer, i.metadataTokens(), i.bodyTokens(), i.fileTokens(), perFile, true);
        }
        return counted.computeIfAbsent(name, n -> count(skill));
    }

    private SkillTokens count(CatalogSkill skill) {
        Map<String, Integer> perFile = new LinkedHashMap<>();
        int files = 0;
        for (Resource r : skill.skill().resources()) {
            int tokens = r.isText() ? counter.count(r.text()) : 0;
            perFile.put(r.relativePath(), tokens);
            files += tokens;
        }
        int metadata = counter.count(skill.name()) + counter.count(skill.description());
        return new SkillTokens(counter.tokenizer().id(), metadata, counter.count(skill.skill().body().body()), files,
                perFile, false);
    }

    private CatalogSkill require(String name) {
        Objects.requireNonNull(name, "name");
        CatalogSkill skill = skills.get(name);
        if (skill == null) {
            throw new CatalogException("no skill named '" + shown(name) + "'; the skills are: "
                    + (skills.isEmpty() ? "(none)" : String.join(", ", skills.keySet())));
        }
        return skill;
    }

    /** @return the path without a leading "./", or a refusal */
    static String checkPath(String path) {
        String refused = refusal(path);
        if (refused != null) {
            throw new CatalogException("path '" + shown(path) + "' " + refused
                    + "; give a path inside the skill folder, e.g. references/guide.md");
        }
        if (PERCENT.matcher(path).find()) {
            String decoded = percentDecode(path);
            String hidden = refusal(decoded);
            if (hidden != null) {
                throw new CatalogException("path '" + shown(path) + "' is percent-encoded and decodes to '"
                        + shown(decoded) + "', which " + hidden + "; give a plain path inside the skill folder");
            }
        }
        return path.startsWith("./") ? path.substring(2) : path;
    }

    private static String refusal(String path) {
        if (path.isEmpty()) {
            return "is empty";
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))) {
            return "holds a control character";
        }
        if (path.startsWith("/") || path.matches("[A-Za-z]:.*") || path.startsWith("~")) {
            return "is absolute";
        }
        if (path.contains("\\")) {
            return "holds a backslash";
        }
        String rest = path.startsWith("./") ? path.substring(2) : path;
        for (String segment : rest.split("/", -1)) {
            if (segment.equals("..")) {
                return "climbs out of the skill with '..'";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "holds an empty or '.' segment";
            }
        }
        return null;
    }

    private static String percentDecode(String path) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); ) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && PERCENT.matcher(path.substring(i, i + 3)).matches()) {
                out.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = path.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String listing(CatalogSkill skill) {
        List<String> paths = skill.skill().resources().stream().map(Resource::relativePath).toList();
        String shown = String.join(", ", paths.subList(0, Math.min(paths.size(), 20)));
        return paths.size() > 20 ? shown + ", and " + (paths.size() - 20) + " more" : shown;
    }

    static String shown(String text) {
        return UntrustedText.line(text);
    }

    /** Collects sources; {@link #build()} reads them. Not thread-safe; the catalog it builds is. */
    public static final class Builder {
        private final List<SourceLoader.Request> requests = new ArrayList<>();
        private Tokenizer tokenizer = Tokenizer.O200K_BASE;
        private SourceLimits limits = SourceLimits.defaults();
        private SkillParser parser = SkillParser.create();

        private Builder() {
        }

        /**
         * @param folder a skill folder, or a folder of skill folders
         * @return this builder
         */
        public Builder addFolder(Path folder) {
            requests.add(new SourceLoader.Request(SourceLoader.Kind.FOLDER, Objects.requireNonNull(folder), null));
            return this;
        }

        /**
         * @param archive a {@code .skill} file: a zip with one folder named after the skill
         * @return this builder
         */
        public Builder addArchive(Path archive) {
            requests.add(new SourceLoader.Request(SourceLoader.Kind.ARCHIVE, Objects.requireNonNull(archive), null));
            return this;
        }

        /**
         * @param jar a jar with skills under {@code META-INF/resources/skills/}, and usually an index
         * @return this builder
         */
        public Builder addJar(Path jar) {
            requests.add(new SourceLoader.Request(SourceLoader.Kind.JAR, Objects.requireNonNull(jar), null));
            return this;
        }

        /**
         * Adds every jar and folder of a class loader that holds {@code META-INF/skills/index.json} or a
         * {@code META-INF/resources/skills/} folder, in class-path order.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder addClasspath(ClassLoader loader) {
            requests.add(new SourceLoader.Request(SourceLoader.Kind.CLASSPATH, null, Objects.requireNonNull(loader)));
            return this;
        }

        /**
         * @param newTokenizer the tokenizer for {@link SkillCatalog#tokens}; o200k_base by default
         * @return this builder
         */
        public Builder tokenizer(Tokenizer newTokenizer) {
            this.tokenizer = Objects.requireNonNull(newTokenizer, "tokenizer");
            return this;
        }

        /**
         * @param newLimits file size, count and depth limits for reading; the defaults by default
         * @return this builder
         */
        public Builder limits(SourceLimits newLimits) {
            this.limits = Objects.requireNonNull(newLimits, "limits");
            return this;
        }

        /**
         * @param newParser the parser (its front-matter limits); the default parser by default
         * @return this builder
         */
        public Builder parser(SkillParser newParser) {
            this.parser = Objects.requireNonNull(newParser, "parser");
            return this;
        }

        /** @return the catalog; never throws for bad input, see {@link SkillCatalog#problems()} */
        public SkillCatalog build() {
            SourceLoader loader = new SourceLoader(parser, limits);
            Map<String, CatalogSkill> byName = new LinkedHashMap<>();
            List<ParseProblem> problems = new ArrayList<>();
            for (SourceLoader.Request request : requests) {
                SourceLoader.Loaded loaded = loader.load(request);
                problems.addAll(loaded.problems());
                for (CatalogSkill skill : loaded.skills()) {
                    CatalogSkill first = byName.get(skill.name());
                    if (first != null) {
                        problems.add(new ParseProblem(ProblemCode.UNREADABLE, "skill '" + shown(skill.name())
                                + "' is also in " + first.origin() + ", which was added first; this one is not used",
                                SourceSpan.wholeFile(skill.skill().skillFile().path())));
                        continue;
                    }
                    byName.put(skill.name(), skill);
                }
            }
            return new SkillCatalog(byName, problems, tokenizer);
        }
    }

}
