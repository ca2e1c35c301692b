package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.analysis.ReferenceGraph.Edge;
import dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The namings the extractors find in one file: the strongest naming of each target. Not shared. */
final class FoundEdges {
    private final String source;
    private final Map<String, Edge> byTarget = new LinkedHashMap<>();

    FoundEdges(String source) {
        this.source = source;
    }

    /** Keeps the strongest naming of each target, in the order of {@link EdgeKind}: link, path, listed, ... */
    void put(String target, EdgeKind kind, SourceSpan span) {
        Edge old = byTarget.get(target);
        if (old == null || kind.ordinal() < old.kind().ordinal()) {
            byTarget.put(target, new Edge(source, target, kind, span));
        }
    }

    /** @return the namings of other files, in text order */
    List<Edge> edges() {
        List<Edge> edges = new ArrayList<>(byTarget.values());
        edges.removeIf(e -> e.target().equals(source));
        edges.sort((a, b) -> Integer.compare(a.span().offset(), b.span().offset()));
        return List.copyOf(edges);
    }
}
