package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Paths written as text anywhere in a file, code included: a file's path, a folder's path (which names
 * every file below it) and a path without the file's extension. A path written inside a longer one
 * ({@code {baseDir}/references/api.md}) counts.
 */
final class PathEdges implements EdgeExtractor {
    private static final Set<String> EXTENSIONLESS_MODULE_LANGUAGES =
            Set.of("js", "javascript", "jsx", "ts", "typescript", "tsx", "mjs", "cjs", "go");

    @Override
    public void extract(SourceText source, SkillPaths paths, FoundEdges found) {
        SkillPaths.forEachToken(source.text(), (start, end) -> token(source, paths, start, end, found));
    }

    private static void token(SourceText source, SkillPaths paths, int start, int end, FoundEdges found) {
        String text = source.text();
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        // most tokens are plain words: settle them on the text itself before copying and lower-casing
        // (lower-casing never makes a '/' or a '.', so the copy would hold one only where the text does)
        if (!SkillPaths.holds(text, start, end, true)) {
            return;
        }
        String token = text.substring(start, end).replace('\\', '/').toLowerCase(Locale.ROOT);
        if (token.indexOf('/') < 0 && token.indexOf('.') < 0) {
            return;
        }
        boolean dotSlash = token.startsWith("./");
        int cut = -1;
        do {
            candidate(source, paths, token.substring(cut + 1), start + cut + 1, end, found, dotSlash && cut < 0);
            cut = token.indexOf('/', cut + 1);
        } while (cut >= 0 && cut < token.length() - 1);
    }

    private static void candidate(SourceText source, SkillPaths paths, String candidate, int at, int end,
                                  FoundEdges found, boolean dotSlash) {
        String trimmed = candidate;
        boolean trailingSlash = trimmed.endsWith("/");
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..")) {
            return;
        }
        SourceSpan span = source.lines().span(at, end - at);
        boolean folderLike = trailingSlash || dotSlash || trimmed.contains("/");
        for (String base : SkillPaths.bases(source.folder())) {
            Optional<String> resolved = SkillPaths.normalise(base, trimmed);
            if (resolved.isEmpty()) {
                continue;
            }
            String key = resolved.get();
            String file = paths.file(key);
            if (file != null && !trailingSlash) {
                found.put(file, EdgeKind.PATH, span);
                continue;
            }
            List<String> under = paths.under(key);
            if (under != null && folderLike) {
                under.forEach(f -> found.put(f, EdgeKind.FOLDER, span));
                continue;
            }
            List<String> stems = paths.stems(key);
            if (stems != null && under == null && trimmed.contains("/") && !trailingSlash
                    && !extensionsOptional(source.markdown(), at)) {
                stems.forEach(f -> found.put(f, EdgeKind.NO_EXTENSION, span));
            }
        }
    }

    /**
     * Where leaving the extension out is normal: in code files (module paths) and in Markdown code blocks
     * of JavaScript, TypeScript and Go, which name modules without extensions.
     */
    private static boolean extensionsOptional(Optional<MarkdownDocument> doc, int offset) {
        if (doc.isEmpty()) {
            return true;
        }
        for (CodeExample code : doc.get().codeExamples()) {
            if (code.span().offset() <= offset && offset < code.span().endOffset()) {
                return code.language().map(EXTENSIONLESS_MODULE_LANGUAGES::contains).orElse(false);
            }
        }
        return false;
    }
}
