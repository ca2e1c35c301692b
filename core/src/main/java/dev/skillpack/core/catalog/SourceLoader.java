package dev.skillpack.core.catalog;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.pack.IndexedFile;
import dev.skillpack.core.pack.IndexedSkill;
import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.SkillIndex;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.ArchiveLimits;
import dev.skillpack.core.source.ArchiveSkillSource;
import dev.skillpack.core.source.SkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one source of a catalog into skills and problems. Never throws for bad input. */
final class SourceLoader {
    /** What a source is. */
    enum Kind { FOLDER, ARCHIVE, JAR, CLASSPATH }

    /**
     * One source to read.
     *
     * @param kind what it is
     * @param path the folder, archive or jar; null for the class path
     * @param loader the class loader; null unless {@code kind} is CLASSPATH
     */
    record Request(Kind kind, Path path, ClassLoader loader) {
    }

    /**
     * What a source gave.
     *
     * @param skills usable skills, in path order
     * @param problems what could not be used
     */
    record Loaded(List<CatalogSkill> skills, List<ParseProblem> problems) {
    }

    /** Problems on SKILL.md that leave nothing to list: the skill is not loaded. */
    private static final Set<ProblemCode> FATAL = EnumSet.of(ProblemCode.FRONTMATTER_MISSING,
            ProblemCode.FRONTMATTER_UNCLOSED, ProblemCode.YAML_SYNTAX, ProblemCode.YAML_NOT_MAPPING,
            ProblemCode.YAML_ALIAS, ProblemCode.YAML_LIMIT, ProblemCode.SKILL_FILE_MISSING);

    /**
     * The hardened reader's defaults, but more entries: a jar on the class path may hold thousands of
     * classes beside its skills, and only the entries below the skills folder are inflated.
     */
    static final ArchiveLimits ARCHIVE_LIMITS = new ArchiveLimits(65_534, ArchiveLimits.defaults().maxEntryBytes(),
            ArchiveLimits.defaults().maxTotalBytes(), ArchiveLimits.defaults().maxRatio());

    private final SkillParser parser;
    private final SourceLimits limits;

    SourceLoader(SkillParser parser, SourceLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    Loaded load(Request request) {
        List<CatalogSkill> skills = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        switch (request.kind()) {
            case FOLDER -> folder(request.path(), DirectorySkillSource.displayOf(request.path()), null, skills, problems);
            case ARCHIVE -> archive(request.path(), skills, problems);
            case JAR -> jar(request.path(), skills, problems);
            case CLASSPATH -> classpath(request.loader(), skills, problems);
            default -> throw new IllegalStateException("unknown kind " + request.kind());
        }
        return new Loaded(skills, problems);
    }

    private void folder(Path folder, String display, SkillIndex index, List<CatalogSkill> skills,
                        List<ParseProblem> problems) {
        DirectorySkillSource source = new DirectorySkillSource(folder, display, limits);
        Path real;
        try {
            real = source.root().toRealPath();
        } catch (IOException e) {
            problems.add(problem(display, "cannot read skills from this folder: it does not exist or is unreadable"));
            return;
        }
        SkillPack pack = parser.parsePack(source);
        problems.addAll(pack.problems());
        for (Skill skill : pack.skills()) {
            String relative = relativeRoot(source, skill);
            Path file = real.resolve(relative).resolve(skill.skillFile().relativePath());
            accept(skill, file.toString().replace('\\', '/'), display, index, skills, problems);
        }
    }

    private void archive(Path archive, List<CatalogSkill> skills, List<ParseProblem> problems) {
        String display = DirectorySkillSource.displayOf(archive);
        if (!Files.isRegularFile(archive)) {
            problems.add(problem(display, "cannot read this archive: it does not exist or is not a zip file"));
            return;
        }
        // the hardened reader: every entry name checked, links, duplicates, sizes and ratio capped; its
        // problems reach the catalog through the parsed pack's problems
        ArchiveSkillSource source = ArchiveSkillSource.open(archive, display, ARCHIVE_LIMITS, limits);
        fromSource(source, jarUrl(archive), display, null, skills, problems);
    }

    private void jar(Path jar, List<CatalogSkill> skills, List<ParseProblem> problems) {
        String display = DirectorySkillSource.displayOf(jar);
        String root = SkillIndex.SKILLS_ROOT + "/";
        if (!Files.isRegularFile(jar)) {
            problems.add(problem(display, "cannot read this jar: it does not exist or is not a zip file"));
            return;
        }
        ArchiveSkillSource source = ArchiveSkillSource.open(jar, root, display, ARCHIVE_LIMITS, limits);
        ArchiveSkillSource meta = ArchiveSkillSource.open(jar, "META-INF/skills/", display, ARCHIVE_LIMITS, limits);
        SkillIndex index = null;
        byte[] indexBytes = meta.files().get("index.json");
        String indexShown = display + "!/" + SkillIndex.PATH;
        if (indexBytes == null) {
            // both reads check every entry name; only what concerns the index itself is new here
            meta.problems().stream().filter(p -> p.span().path().equals(indexShown)).forEach(problems::add);
        } else {
            try {
                index = SkillIndex.parse(indexBytes, indexShown);
            } catch (PackException e) {
                problems.add(new ParseProblem(ProblemCode.UNREADABLE, message(e),
                        SourceSpan.wholeFile(e.path())));
                return;
            }
        }
        if (source.files().isEmpty()) {
            problems.addAll(source.problems());
            problems.add(problem(display, "jar holds no skills under " + root));
            return;
        }
        fromSource(source, jarUrl(jar) + root, display, index, skills, problems);
    }

    private void classpath(ClassLoader loader, List<CatalogSkill> skills, List<ParseProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        List<URL> roots = new ArrayList<>();
        try {
            roots.addAll(Collections.list(loader.getResources(SkillIndex.PATH)));
            roots.addAll(Collections.list(loader.getResources(SkillIndex.SKILLS_ROOT + "/")));
        } catch (IOException e) {
            problems.add(problem("classpath", "cannot list the class path's skills"));
            return;
        }
        for (URL url : roots) {
            try {
                if ("jar".equals(url.getProtocol())) {
                    URLConnection connection = url.openConnection();
                    connection.setUseCaches(false);
                    URL jarFile = ((JarURLConnection) connection).getJarFileURL();
                    if (!"file".equals(jarFile.getProtocol())) {
                        problems.add(problem(url.toString(), "skills inside a nested jar are not read; "
                                + "put the skills jar on the class path as a file"));
                        continue;
                    }
                    Path jar = Path.of(jarFile.toURI());
                    if (seen.add(jar.toString())) {
                        jar(jar, skills, problems);
                    }
                } else if ("file".equals(url.getProtocol())) {
                    Path found = Path.of(url.toURI());
                    // META-INF/skills/index.json and META-INF/resources/skills both lie three levels down
                    Path classesRoot = found.getParent().getParent().getParent();
                    if (seen.add(classesRoot.toString())) {
                        classFolder(classesRoot, skills, problems);
                    }
                } else {
                    problems.add(problem(url.toString(), "skills behind a '" + url.getProtocol()
                            + "' URL are not read; only jars and folders are"));
                }
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                problems.add(problem(url.toString(), "cannot read skills from this class-path entry"));
            }
        }
    }

    private void classFolder(Path classesRoot, List<CatalogSkill> skills, List<ParseProblem> problems) {
        Path indexFile = classesRoot.resolve(SkillIndex.PATH);
        String display = DirectorySkillSource.displayOf(classesRoot);
        SkillIndex index = null;
        if (Files.isRegularFile(indexFile)) {
            try {
                byte[] bytes = Files.readAllBytes(indexFile);
                index = SkillIndex.parse(bytes, DirectorySkillSource.displayOf(indexFile));
            } catch (IOException e) {
                problems.add(problem(DirectorySkillSource.displayOf(indexFile), "cannot read the skill index"));
                return;
            } catch (PackException e) {
                problems.add(new ParseProblem(ProblemCode.UNREADABLE, message(e), SourceSpan.wholeFile(e.path())));
                return;
            }
        }
        Path skillsFolder = classesRoot.resolve(SkillIndex.SKILLS_ROOT);
        if (Files.isDirectory(skillsFolder)) {
            folder(skillsFolder, DirectorySkillSource.displayOf(skillsFolder), index, skills, problems);
        }
    }

    private void fromSource(SkillSource source, String base, String origin, SkillIndex index,
                            List<CatalogSkill> skills, List<ParseProblem> problems) {
        SkillPack pack = parser.parsePack(source);
        problems.addAll(pack.problems());
        for (Skill skill : pack.skills()) {
            String relative = relativeRoot(source, skill);
            String location = base + (relative.isEmpty() ? "" : relative + "/") + skill.skillFile().relativePath();
            accept(skill, location, origin, index, skills, problems);
        }
    }

    private void accept(Skill skill, String location, String origin, SkillIndex index, List<CatalogSkill> skills,
                        List<ParseProblem> problems) {
        String shownFile = skill.skillFile().path();
        Optional<ParseProblem> fatal = skill.problems().stream().filter(p -> FATAL.contains(p.code())
                || (p.code() == ProblemCode.ENCODING && p.span().path().equals(shownFile))).findFirst();
        if (fatal.isPresent()) {
            problems.add(new ParseProblem(fatal.get().code(), "skill not loaded: " + fatal.get().message(),
                    fatal.get().span()));
            return;
        }
        String name = skill.frontmatter().name().map(String::strip).orElse("");
        String description = skill.frontmatter().description().map(String::strip).orElse("");
        if (name.isEmpty() || description.isEmpty()) {
            problems.add(new ParseProblem(ProblemCode.UNREADABLE, "skill not loaded: front matter needs a non-empty "
                    + (name.isEmpty() ? "name" : "description"), SourceSpan.wholeFile(shownFile)));
            return;
        }
        IndexedSkill indexed = null;
        if (index != null) {
            Optional<IndexedSkill> entry = index.skill(name);
            if (entry.isEmpty()) {
                problems.add(new ParseProblem(ProblemCode.UNREADABLE, "skill not loaded: the jar's index does not "
                        + "list '" + SkillCatalog.shown(name) + "'; rebuild the jar", SourceSpan.wholeFile(shownFile)));
                return;
            }
            String mismatch = mismatch(skill, entry.get());
            if (mismatch != null) {
                problems.add(new ParseProblem(ProblemCode.UNREADABLE, "skill not loaded: " + mismatch
                        + "; the jar was changed after it was built, rebuild it", SourceSpan.wholeFile(shownFile)));
                return;
            }
            indexed = entry.get();
        }
        problems.addAll(skill.problems());
        skills.add(new CatalogSkill(name, description, location, origin, skill, indexed,
                index == null ? "" : index.tokenizer()));
    }

    /** @return how the skill's files differ from what the index lists, or null when they agree */
    private static String mismatch(Skill skill, IndexedSkill entry) {
        Map<String, Resource> byPath = new java.util.TreeMap<>();
        skill.resources().forEach(r -> byPath.put(r.relativePath(), r));
        for (IndexedFile f : entry.files()) {
            Resource r = byPath.remove(f.path());
            if (r == null) {
                return "the index lists " + SkillCatalog.shown(f.path()) + ", which is missing";
            }
            if (r.content().isEmpty() || !sha256(r.content().get().toByteArray()).equals(f.sha256())) {
                return "the SHA-256 of " + SkillCatalog.shown(f.path()) + " does not match the index";
            }
        }
        if (!byPath.isEmpty()) {
            return "the index does not list " + SkillCatalog.shown(byPath.keySet().iterator().next());
        }
        return null;
    }

    private static String relativeRoot(SkillSource source, Skill skill) {
        String root = source.displayPath();
        String path = skill.path();
        if (path.equals(root)) {
            return "";
        }
        return root.equals(".") ? path : path.substring(root.length() + 1);
    }

    private static String jarUrl(Path file) {
        return "jar:" + file.toAbsolutePath().normalize().toUri() + "!/";
    }

    private static String message(PackException e) {
        String full = e.getMessage();
        String prefix = e.path() + ": ";
        return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
    }

    private static ParseProblem problem(String shown, String message) {
        return new ParseProblem(ProblemCode.UNREADABLE, message, SourceSpan.wholeFile(shown));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
