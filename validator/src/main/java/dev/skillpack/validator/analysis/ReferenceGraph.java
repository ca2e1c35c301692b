package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
        /** In this order: of two namings of one target at the same place, the first found stays first. */
        private static final List<EdgeExtractor> EXTRACTORS = List.of(new LinkEdges(), new PathEdges(),
                new ListedNameEdges(), new PythonImportEdges());

        private final Skill skill;
        private final SkillPaths paths;
        private final boolean skillFileUnread;

        Builder(Skill skill) {
            this.skill = skill;
            this.paths = new SkillPaths(skill);
            this.skillFileUnread = OversizedFiles.of(skill).contains(skill.skillFile().path());
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
            for (String path : paths.paths()) {
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
            return new ReferenceGraph(start, new LinkedHashSet<>(paths.paths()), depth, firstEdge, edgesFrom,
                    edgesTo);
        }

        private List<Edge> edgesOf(String path) {
            if (skillFileUnread && path.equals(skill.skillFile().relativePath())) {
                return everyFile(path);
            }
            Optional<MarkdownDocument> doc = skill.markdown(path);
            Optional<TextFile> file = doc.isPresent() ? doc.map(MarkdownDocument::file) : paths.text(path);
            if (file.isEmpty()) {
                return List.of();
            }
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            SourceText source = new SourceText(path, folder, file.get().text(), file.get().lines(), doc);
            FoundEdges found = new FoundEdges(path);
            for (EdgeExtractor extractor : EXTRACTORS) {
                extractor.extract(source, paths, found);
            }
            return found.edges();
        }

        /**
         * What a SKILL.md over the analysis limit (SP110) names is unknown: it is taken to name every file by its
         * path, so no file is reported as unnamed or unreached because of a file nobody analysed.
         */
        private List<Edge> everyFile(String skillFile) {
            SourceSpan start = SourceSpan.wholeFile(skill.skillFile().path());
            return paths.paths().stream().filter(p -> !p.equals(skillFile))
                    .map(p -> new Edge(skillFile, p, EdgeKind.PATH, start)).toList();
        }
    }
}
