package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files of a skill an agent can find, starting from SKILL.md and following what each text file
 * it reaches names (and from client metadata such as {@code agents/openai.yaml}): Markdown links, paths
 * written anywhere in the text (code included), folders named as paths ({@code references/},
 * {@code ./fonts}) and Python imports. A bare word never counts:
 * "the references folder" reaches nothing, {@code references/} reaches every file below it.
 *
 * <p>Paths compare case-insensitively, relative to the naming file's folder or to the skill root. A
 * path written inside a longer one ({@code {baseDir}/references/api.md}) counts. A Markdown file that
 * names a folder as a path ({@code references/}, or {@code rules/a-rule.md}) also names the files it lists
 * by bare name under that folder: {@code primary-traits.md} after "(in {@code references/})", and slugs
 * such as {@code `ui-menus`} for {@code rules/ui-menus.md} (code spans only, and only with a hyphen or
 * underscore, so ordinary words never count). Immutable.
 */
public final class ReferenceGraph {

    /** How one file names another. */
    public enum EdgeKind {
        /** A Markdown link or image. */
        LINK,
        /** The path written as text. */
        PATH,
        /** A bare file name or slug listed in a file that names the folder holding it. */
        LISTED,
        /** A folder containing the file, written as a path or linked. */
        FOLDER,
        /** A Python import. */
        IMPORT,
        /** The path written without the file's extension. */
        NO_EXTENSION
    }

    /**
     * One naming of a file by another.
     *
     * @param source skill-relative path of the naming file
     * @param target skill-relative path of the named file
     * @param kind how it is named
     * @param span where it is named, in the source
     */
    public record Edge(String source, String target, EdgeKind kind, SourceSpan span) {
        /** @return whether the file is named by its own path (a link or the path as text) */
        public boolean byPath() {
            return kind == EdgeKind.LINK || kind == EdgeKind.PATH || kind == EdgeKind.LISTED;
        }
    }

    private static final Pattern PY_FROM = Pattern.compile(
            "(?m)^[ \\t>]*from[ \\t]+(\\.*)([A-Za-z_][\\w.]*)?[ \\t]+import[ \\t]+(\\([^)]*\\)|[\\w, \\t*]+)");
    private static final Pattern PY_IMPORT =
            Pattern.compile("(?m)^[ \\t>]*import[ \\t]+([\\w.]+(?:[ \\t]*,[ \\t]*[\\w.]+)*)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\\.[a-z0-9]+)?");
    private static final Set<String> EXTENSIONLESS_MODULE_LANGUAGES =
            Set.of("js", "javascript", "jsx", "ts", "typescript", "tsx", "mjs", "cjs", "go");

    private final String skillFile;
    private final Set<String> files;
    private final Map<String, Integer> depth;
    private final Map<String, Edge> firstEdge;
    private final Map<String, List<Edge>> edgesFrom;
    private final Map<String, List<Edge>> edgesTo;

    private ReferenceGraph(String skillFile, Set<String> files, Map<String, Integer> depth,
                           Map<String, Edge> firstEdge, Map<String, List<Edge>> edgesFrom,
                           Map<String, List<Edge>> edgesTo) {
        this.skillFile = skillFile;
        this.files = Collections.unmodifiableSet(files);
        this.depth = Collections.unmodifiableMap(depth);
        this.firstEdge = Collections.unmodifiableMap(firstEdge);
        this.edgesFrom = Collections.unmodifiableMap(edgesFrom);
        this.edgesTo = Collections.unmodifiableMap(edgesTo);
    }

    /**
     * Walks a skill breadth first from SKILL.md. Rules read the graph built once per skill from
     * {@link SkillAnalysis#references()}.
     *
     * @param skill the skill
     * @return its graph
     */
    public static ReferenceGraph of(Skill skill) {
        return new Builder(skill).build();
    }

    /** @return the skill file's relative path */
    public String skillFile() {
        return skillFile;
    }

    /** @return every file rules look at (see {@link SkillLayout#ignored}), in path order */
    public Set<String> files() {
        return files;
    }

    /**
     * @param path a skill-relative path
     * @return whether SKILL.md leads to it (SKILL.md itself counts as reached)
     */
    public boolean reached(String path) {
        return depth.containsKey(path);
    }

    /**
     * @param path a skill-relative path
     * @return how many files lie between SKILL.md and it: 0 for SKILL.md, 1 for what SKILL.md names
     */
    public OptionalInt depth(String path) {
        Integer d = depth.get(path);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
    }

    /**
     * @param path a skill-relative path
     * @return the naming through which the walk first reached it
     */
    public Optional<Edge> firstEdge(String path) {
        return Optional.ofNullable(firstEdge.get(path));
    }

    /**
     * @param source a skill-relative path of a reached text file
     * @return what it names, in text order (empty for files the walk did not read)
     */
    public List<Edge> edgesFrom(String source) {
        return edgesFrom.getOrDefault(source, List.of());
    }

    /**
     * @param target a skill-relative path
     * @return every naming of it by a reached file, in walk order
     */
    public List<Edge> edgesTo(String target) {
        return edgesTo.getOrDefault(target, List.of());
    }

    /** Builds one graph; not shared. */
    private static final class Builder {
        private final Skill skill;
        private final Map<String, Resource> resources = new TreeMap<>();
        private final Map<String, String> byLowerPath = new HashMap<>();
        private final Map<String, List<String>> byLowerStem = new HashMap<>();
        private final Map<String, List<String>> filesUnderLowerFolder = new HashMap<>();

        Builder(Skill skill) {
            this.skill = skill;
            for (Resource r : SkillLayout.files(skill)) {
                resources.put(r.relativePath(), r);
            }
            for (String path : resources.keySet()) {
                String lower = path.toLowerCase(Locale.ROOT);
                byLowerPath.putIfAbsent(lower, path);
                String name = SkillLayout.fileName(lower);
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    byLowerStem.computeIfAbsent(lower.substring(0, lower.length() - name.length() + dot),
                            k -> new ArrayList<>()).add(path);
                }
                for (int slash = lower.indexOf('/'); slash >= 0; slash = lower.indexOf('/', slash + 1)) {
                    filesUnderLowerFolder.computeIfAbsent(lower.substring(0, slash), k -> new ArrayList<>()).add(path);
                }
            }
        }

        ReferenceGraph build() {
            String start = skill.skillFile().relativePath();
            Map<String, Integer> depth = new LinkedHashMap<>();
            Map<String, Edge> firstEdge = new LinkedHashMap<>();
            Map<String, List<Edge>> edgesFrom = new LinkedHashMap<>();
            Map<String, List<Edge>> edgesTo = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            depth.put(start, 0);
            queue.add(start);
            // clients read their own metadata (Codex: agents/openai.yaml), so it is a starting point too
            for (String path : resources.keySet()) {
                String lower = path.toLowerCase(Locale.ROOT);
                if (lower.startsWith("agents/") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
                    depth.put(path, 0);
                    queue.add(path);
                }
            }
            while (!queue.isEmpty()) {
                String source = queue.poll();
                List<Edge> edges = edgesOf(source);
                edgesFrom.put(source, edges);
                for (Edge edge : edges) {
                    edgesTo.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge);
                    if (!depth.containsKey(edge.target())) {
                        depth.put(edge.target(), depth.get(source) + 1);
                        firstEdge.put(edge.target(), edge);
                        queue.add(edge.target());
                    }
                }
            }
            return new ReferenceGraph(start, new LinkedHashSet<>(resources.keySet()), depth, firstEdge, edgesFrom,
                    edgesTo);
        }

        private List<Edge> edgesOf(String source) {
            Optional<MarkdownDocument> doc = skill.markdown(source);
            String text;
            LineMap lines;
            if (doc.isPresent()) {
                text = doc.get().file().text();
                lines = doc.get().file().lines();
            } else {
                Resource resource = resources.get(source);
                Optional<TextFile> file = resource == null ? Optional.empty() : resource.textFile();
                if (file.isEmpty()) {
                    return List.of();
                }
                text = file.get().text();
                lines = file.get().lines();
            }
            String folder = source.contains("/") ? source.substring(0, source.lastIndexOf('/')) : "";
            Map<String, Edge> found = new LinkedHashMap<>();
            doc.ifPresent(d -> links(source, d, found));
            paths(source, folder, text, lines, doc.orElse(null), found);
            doc.ifPresent(d -> listed(source, folder, d, found));
            if (source.toLowerCase(Locale.ROOT).endsWith(".py")) {
                imports(source, folder, text, 0, text.length(), lines, found);
            } else {
                doc.ifPresent(d -> d.codeExamples().stream()
                        .filter(c -> c.language().map(l -> l.equals("python") || l.equals("py")).orElse(true))
                        .forEach(c -> imports(source, folder, text, c.span().offset(), c.span().endOffset(), lines,
                                found)));
            }
            List<Edge> edges = new ArrayList<>(found.values());
            edges.removeIf(e -> e.target().equals(source));
            edges.sort((a, b) -> Integer.compare(a.span().offset(), b.span().offset()));
            return List.copyOf(edges);
        }

        /**
         * Bare names in code spans ({@code `a.md`}, {@code `ui-menus`}) of a Markdown file, resolved under each
         * folder the file names as a path. A bare name that resolves next to the file itself is left to
         * {@link #paths}; one that matches files in several named folders is ambiguous and counts for none.
         */
        private void listed(String source, String folder, MarkdownDocument doc, Map<String, Edge> found) {
            Set<String> named = namedFolders(folder, doc.file().text());
            if (named.isEmpty()) {
                return;
            }
            for (InlineCode code : doc.inlineCode()) {
                String bare = code.code().strip().toLowerCase(Locale.ROOT);
                if (!SLUG.matcher(bare).matches() && !(bare.indexOf('/') < 0 && bare.indexOf('.') > 0
                        && bare.matches("[a-z0-9_.-]+"))) {
                    continue;
                }
                String here = folder.isEmpty() ? bare : folder.toLowerCase(Locale.ROOT) + "/" + bare;
                if (byLowerPath.containsKey(here) || byLowerPath.containsKey(bare)) {
                    continue;
                }
                List<String> matches = new ArrayList<>();
                for (String dir : named) {
                    String file = byLowerPath.get(dir + "/" + bare);
                    if (file != null) {
                        matches.add(file);
                    } else if (bare.indexOf('.') < 0) {
                        matches.addAll(byLowerStem.getOrDefault(dir + "/" + bare, List.of()));
                    }
                }
                if (matches.size() == 1) {
                    put(found, new Edge(source, matches.get(0), EdgeKind.LISTED, code.span()));
                }
            }
        }

        /** Folders of the skill that a text writes as a path: {@code references/}, {@code rules/x.md}. */
        private Set<String> namedFolders(String folder, String text) {
            Set<String> named = new TreeSet<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (!isPathChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && isPathChar(text.charAt(i))) {
                    i++;
                }
                String token = text.substring(start, i).replace('\\', '/').toLowerCase(Locale.ROOT);
                for (int slash = token.indexOf('/'); slash > 0; slash = token.indexOf('/', slash + 1)) {
                    String prefix = token.substring(0, slash);
                    for (String base : folder.isEmpty() ? List.of("") : List.of(folder.toLowerCase(Locale.ROOT), "")) {
                        normalise(base, prefix).filter(filesUnderLowerFolder::containsKey).ifPresent(named::add);
                    }
                }
            }
            return named;
        }

        /** Keeps the strongest naming of each target, in the order of {@link EdgeKind}: link, path, listed, ... */
        private static void put(Map<String, Edge> found, Edge edge) {
            Edge old = found.get(edge.target());
            if (old == null || edge.kind().ordinal() < old.kind().ordinal()) {
                found.put(edge.target(), edge);
            }
        }

        private void links(String source, MarkdownDocument doc, Map<String, Edge> found) {
            for (Link link : doc.links()) {
                if (link.target().kind() != LinkTarget.Kind.FILE) {
                    continue;
                }
                String path = link.target().path();
                if (resources.containsKey(path)) {
                    put(found, new Edge(source, path, EdgeKind.LINK, link.span()));
                } else {
                    for (String file : filesUnderLowerFolder.getOrDefault(path.toLowerCase(Locale.ROOT), List.of())) {
                        put(found, new Edge(source, file, EdgeKind.FOLDER, link.span()));
                    }
                }
            }
        }

        private void paths(String source, String folder, String text, LineMap lines, MarkdownDocument doc,
                           Map<String, Edge> found) {
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (!isPathChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && isPathChar(text.charAt(i))) {
                    i++;
                }
                token(source, folder, text, start, i, lines, doc, found);
            }
        }

        private void token(String source, String folder, String text, int start, int end, LineMap lines,
                           MarkdownDocument doc, Map<String, Edge> found) {
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            String token = text.substring(start, end).replace('\\', '/').toLowerCase(Locale.ROOT);
            if (token.indexOf('/') < 0 && token.indexOf('.') < 0) {
                return;
            }
            boolean dotSlash = token.startsWith("./");
            int cut = -1;
            do {
                candidate(source, folder, token.substring(cut + 1), start + cut + 1, end, lines, doc, found,
                        dotSlash && cut < 0);
                cut = token.indexOf('/', cut + 1);
            } while (cut >= 0 && cut < token.length() - 1);
        }

        private void candidate(String source, String folder, String candidate, int at, int end, LineMap lines,
                               MarkdownDocument doc, Map<String, Edge> found, boolean dotSlash) {
            String trimmed = candidate;
            boolean trailingSlash = trimmed.endsWith("/");
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..")) {
                return;
            }
            SourceSpan span = lines.span(at, end - at);
            boolean folderLike = trailingSlash || dotSlash || trimmed.contains("/");
            for (String base : folder.isEmpty() ? List.of("") : List.of(folder.toLowerCase(Locale.ROOT), "")) {
                Optional<String> resolved = normalise(base, trimmed);
                if (resolved.isEmpty()) {
                    continue;
                }
                String key = resolved.get();
                String file = byLowerPath.get(key);
                if (file != null && !trailingSlash) {
                    put(found, new Edge(source, file, EdgeKind.PATH, span));
                    continue;
                }
                List<String> under = filesUnderLowerFolder.get(key);
                if (under != null && folderLike) {
                    under.forEach(f -> put(found, new Edge(source, f, EdgeKind.FOLDER, span)));
                    continue;
                }
                List<String> stems = byLowerStem.get(key);
                if (stems != null && under == null && trimmed.contains("/") && !trailingSlash
                        && !extensionsOptional(doc, at)) {
                    stems.forEach(f -> put(found, new Edge(source, f, EdgeKind.NO_EXTENSION, span)));
                }
            }
        }

        /**
         * Where leaving the extension out is normal: in code files (module paths) and in Markdown code blocks
         * of JavaScript, TypeScript and Go, which name modules without extensions.
         */
        private static boolean extensionsOptional(MarkdownDocument doc, int offset) {
            if (doc == null) {
                return true;
            }
            for (CodeExample code : doc.codeExamples()) {
                if (code.span().offset() <= offset && offset < code.span().endOffset()) {
                    return code.language().map(EXTENSIONLESS_MODULE_LANGUAGES::contains).orElse(false);
                }
            }
            return false;
        }

        private void imports(String source, String folder, String text, int from, int to, LineMap lines,
                             Map<String, Edge> found) {
            Matcher m = PY_FROM.matcher(text).region(from, to);
            while (m.find()) {
                String module = m.group(2) == null ? "" : m.group(2);
                List<String> names = new ArrayList<>();
                for (String name : m.group(3).split("[,\\s()]+")) {
                    if (!name.isBlank() && !name.equals("*") && !name.equals("as")) {
                        names.add(name);
                    }
                }
                module(source, folder, m.group(1).length(), module, names, lines.span(m.start(), m.end() - m.start()),
                        found);
            }
            m = PY_IMPORT.matcher(text).region(from, to);
            while (m.find()) {
                for (String module : m.group(1).split("[,\\s]+")) {
                    if (!module.isBlank()) {
                        module(source, folder, 0, module, List.of(), lines.span(m.start(), m.end() - m.start()), found);
                    }
                }
            }
        }

        private void module(String source, String folder, int dots, String module, List<String> names,
                            SourceSpan span, Map<String, Edge> found) {
            List<String> bases = new ArrayList<>();
            if (dots > 0) {
                String base = folder;
                for (int i = 1; i < dots && !base.isEmpty(); i++) {
                    base = base.contains("/") ? base.substring(0, base.lastIndexOf('/')) : "";
                }
                bases.add(base);
            } else {
                bases.add(folder);
                bases.add("");
                bases.add("scripts");
            }
            String modulePath = module.replace('.', '/');
            for (String base : bases) {
                String prefix = base.isEmpty() ? "" : base + "/";
                String packagePath = prefix + modulePath;
                List<String> candidates = new ArrayList<>();
                if (!modulePath.isEmpty()) {
                    candidates.add(packagePath + ".py");
                    candidates.add(packagePath + "/__init__.py");
                    String[] parts = modulePath.split("/");
                    StringBuilder pkg = new StringBuilder(prefix);
                    for (int i = 0; i < parts.length - 1; i++) {
                        pkg.append(parts[i]).append('/');
                        candidates.add(pkg + "__init__.py");
                    }
                }
                for (String name : names) {
                    String inner = modulePath.isEmpty() ? prefix + name : packagePath + "/" + name;
                    candidates.add(inner + ".py");
                    candidates.add(inner + "/__init__.py");
                }
                for (String candidate : candidates) {
                    String file = byLowerPath.get(candidate.toLowerCase(Locale.ROOT));
                    if (file != null) {
                        put(found, new Edge(source, file, EdgeKind.IMPORT, span));
                    }
                }
            }
        }

        private static boolean isPathChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '\\';
        }

        /** Joins and normalises a lower-case relative path; empty when it leaves the skill. */
        private static Optional<String> normalise(String base, String path) {
            Deque<String> parts = new ArrayDeque<>();
            String joined = base.isEmpty() || path.startsWith("/") ? path : base + "/" + path;
            for (String part : joined.split("/")) {
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return Optional.empty();
                    }
                    parts.removeLast();
                } else {
                    parts.addLast(part);
                }
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
        }
    }
}
