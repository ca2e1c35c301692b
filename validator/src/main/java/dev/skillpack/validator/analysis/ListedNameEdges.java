package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Bare names in code spans ({@code `a.md`}, {@code `ui-menus`}) of a Markdown file, resolved under each
 * folder the file names as a path. A bare name that resolves next to the file itself is left to
 * {@link PathEdges}; one that matches files in several named folders is ambiguous and counts for none.
 * Slugs count only with a hyphen or underscore, so ordinary words never do.
 */
final class ListedNameEdges implements EdgeExtractor {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\\.[a-z0-9]+)?");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9_.-]+");

    @Override
    public void extract(SourceText source, SkillPaths paths, FoundEdges found) {
        if (source.markdown().isEmpty()) {
            return;
        }
        MarkdownDocument doc = source.markdown().get();
        Set<String> named = namedFolders(source, paths);
        if (named.isEmpty()) {
            return;
        }
        String folder = source.folder();
        for (InlineCode code : doc.inlineCode()) {
            String bare = code.code().strip().toLowerCase(Locale.ROOT);
            if (!SLUG.matcher(bare).matches() && !(bare.indexOf('/') < 0 && bare.indexOf('.') > 0
                    && FILE_NAME.matcher(bare).matches())) {
                continue;
            }
            String here = folder.isEmpty() ? bare : folder.toLowerCase(Locale.ROOT) + "/" + bare;
            if (paths.file(here) != null || paths.file(bare) != null) {
                continue;
            }
            List<String> matches = new ArrayList<>();
            for (String dir : named) {
                String file = paths.file(dir + "/" + bare);
                if (file != null) {
                    matches.add(file);
                } else if (bare.indexOf('.') < 0) {
                    List<String> stems = paths.stems(dir + "/" + bare);
                    matches.addAll(stems == null ? List.of() : stems);
                }
            }
            if (matches.size() == 1) {
                found.put(matches.get(0), EdgeKind.LISTED, code.span());
            }
        }
    }

    /** Folders of the skill that a text writes as a path: {@code references/}, {@code rules/x.md}. */
    private static Set<String> namedFolders(SourceText source, SkillPaths paths) {
        Set<String> named = new TreeSet<>();
        String text = source.text();
        SkillPaths.forEachToken(text, (start, end) -> {
            // only a token with a slash names a folder; lower-casing never makes one
            if (!SkillPaths.holds(text, start, end, false)) {
                return;
            }
            String token = text.substring(start, end).replace('\\', '/').toLowerCase(Locale.ROOT);
            for (int slash = token.indexOf('/'); slash > 0; slash = token.indexOf('/', slash + 1)) {
                String prefix = token.substring(0, slash);
                for (String base : SkillPaths.bases(source.folder())) {
                    SkillPaths.normalise(base, prefix).filter(p -> paths.under(p) != null).ifPresent(named::add);
                }
            }
        });
        return named;
    }
}
