package dev.skillpack.validator.report;

import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.validator.internal.ToolInfo;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: one run, the rules that ran (with their doc pages as help URIs),
 * one result per finding with a path relative to the working directory under {@code %SRCROOT%}.
 * Suppressed findings carry {@code suppressions} ({@code inSource} for comments, {@code external} for
 * a baseline). Columns count UTF-16 code units.
 */
public final class SarifReporter implements Reporter {
    /** The schema address written as {@code $schema}. */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @Override
    public String render(Report report) {
        List<RuleMeta> rules = new ArrayList<>(report.result().rules());
        Map<String, Integer> index = new HashMap<>();
        for (Finding f : report.result().findings()) {
            if (rules.stream().noneMatch(r -> r.id().equals(f.ruleId()))) {
                rules.add(new RuleMeta(f.ruleId(), f.alias(), f.category(), f.severity(), f.alias(), List.of()));
            }
        }
        List<Object> ruleObjects = new ArrayList<>();
        for (RuleMeta meta : rules) {
            index.put(meta.id(), ruleObjects.size());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", meta.id());
            rule.put("name", meta.alias());
            rule.put("shortDescription", Map.of("text", meta.summary()));
            rule.put("helpUri", ToolInfo.ruleDocUri(meta.id()));
            rule.put("defaultConfiguration", Map.of("level", level(meta.defaultSeverity())));
            rule.put("properties", Map.of("tags", List.of(meta.category().id())));
            ruleObjects.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", ToolInfo.NAME);
        driver.put("version", report.toolVersion());
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        driver.put("rules", ruleObjects);

        List<Object> results = new ArrayList<>();
        for (Finding f : report.result().findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", f.ruleId());
            result.put("ruleIndex", index.get(f.ruleId()));
            result.put("level", level(f.severity()));
            result.put("message", Map.of("text", f.message()));
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", uri(f.span().path()));
            artifact.put("uriBaseId", "%SRCROOT%");
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", f.span().line());
            region.put("startColumn", f.span().column());
            region.put("endLine", f.span().endLine());
            region.put("endColumn", f.span().endColumn());
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            physical.put("region", region);
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            if (f.suppressed()) {
                result.put("suppressions", List.of(Map.of("kind",
                        f.suppression() == Finding.Suppression.BASELINE ? "external" : "inSource")));
            }
            results.add(result);
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonWriter.pretty(root) + "\n";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference: path characters kept, everything else percent-encoded as UTF-8. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
