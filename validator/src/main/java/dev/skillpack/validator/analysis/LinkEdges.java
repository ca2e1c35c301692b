package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind;
import java.util.List;
import java.util.Locale;

/** Markdown links and images to a file, or to a folder (which names every file below it). */
final class LinkEdges implements EdgeExtractor {

    @Override
    public void extract(SourceText source, SkillPaths paths, FoundEdges found) {
        if (source.markdown().isEmpty()) {
            return;
        }
        for (Link link : source.markdown().get().links()) {
            if (link.target().kind() != LinkTarget.Kind.FILE) {
                continue;
            }
            String path = link.target().path();
            if (paths.contains(path)) {
                found.put(path, EdgeKind.LINK, link.span());
            } else {
                List<String> under = paths.under(path.toLowerCase(Locale.ROOT));
                for (String file : under == null ? List.<String>of() : under) {
                    found.put(file, EdgeKind.FOLDER, link.span());
                }
            }
        }
    }
}
