package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.analysis.ReferenceGraph.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python imports that resolve to a module or package of the skill: in a Python file as a whole, and in
 * the Python code blocks (or blocks without a language) of a Markdown file.
 */
final class PythonImportEdges implements EdgeExtractor {
    private static final Pattern PY_FROM = Pattern.compile(
            "(?m)^[ \\t>]*from[ \\t]+(\\.*)([A-Za-z_][\\w.]*)?[ \\t]+import[ \\t]+(\\([^)]*\\)|[\\w, \\t*]+)");
    private static final Pattern PY_IMPORT =
            Pattern.compile("(?m)^[ \\t>]*import[ \\t]+([\\w.]+(?:[ \\t]*,[ \\t]*[\\w.]+)*)");

    @Override
    public void extract(SourceText source, SkillPaths paths, FoundEdges found) {
        if (source.isPython()) {
            imports(source, paths, 0, source.text().length(), found);
        } else {
            source.markdown().ifPresent(d -> d.codeExamples().stream()
                    .filter(c -> c.language().map(l -> l.equals("python") || l.equals("py")).orElse(true))
                    .forEach(c -> imports(source, paths, c.span().offset(), c.span().endOffset(), found)));
        }
    }

    private static void imports(SourceText source, SkillPaths paths, int from, int to, FoundEdges found) {
        String text = source.text();
        Matcher m = PY_FROM.matcher(text).region(from, to);
        while (m.find()) {
            String module = m.group(2) == null ? "" : m.group(2);
            List<String> names = new ArrayList<>();
            for (String name : m.group(3).split("[,\\s()]+")) {
                if (!name.isBlank() && !name.equals("*") && !name.equals("as")) {
                    names.add(name);
                }
            }
            module(source.folder(), paths, m.group(1).length(), module, names,
                    source.lines().span(m.start(), m.end() - m.start()), found);
        }
        m = PY_IMPORT.matcher(text).region(from, to);
        while (m.find()) {
            for (String module : m.group(1).split("[,\\s]+")) {
                if (!module.isBlank()) {
                    module(source.folder(), paths, 0, module, List.of(),
                            source.lines().span(m.start(), m.end() - m.start()), found);
                }
            }
        }
    }

    private static void module(String folder, SkillPaths paths, int dots, String module, List<String> names,
                               SourceSpan span, FoundEdges found) {
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
                String file = paths.file(candidate.toLowerCase(Locale.ROOT));
                if (file != null) {
                    found.put(file, EdgeKind.IMPORT, span);
                }
            }
        }
    }
}
