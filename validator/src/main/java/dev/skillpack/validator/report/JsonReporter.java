package dev.skillpack.validator.report;

import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.validator.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Versioned JSON (docs/json-schema.md, docs/report.schema.json): every finding, suppressed ones
 * included, then the summary. Lines and columns are 1-based; {@code endColumn} is the column just
 * after the last character.
 */
public final class JsonReporter implements Reporter {
    /** The schema version written as {@code "version"}. */
    public static final int VERSION = 1;

    @Override
    public String render(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.result().findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("ruleId", f.ruleId());
            item.put("alias", f.alias());
            item.put("category", f.category().id());
            item.put("severity", f.severity().id());
            item.put("message", f.message());
            item.put("path", f.span().path());
            item.put("line", f.span().line());
            item.put("column", f.span().column());
            item.put("endLine", f.span().endLine());
            item.put("endColumn", f.span().endColumn());
            item.put("suppressed", f.suppressed());
            findings.add(item);
        }
        root.put("findings", findings);
        Summary s = Summary.of(report.result());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("infos", s.infos());
        summary.put("suppressed", s.suppressed());
        summary.put("skills", s.skills());
        summary.put("files", s.files());
        root.put("summary", summary);
        return JsonWriter.pretty(root) + "\n";
    }
}
