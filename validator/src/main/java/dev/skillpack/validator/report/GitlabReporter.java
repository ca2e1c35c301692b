package dev.skillpack.validator.report;

import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.validator.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality JSON (a CodeClimate subset): an array with one object per unsuppressed finding,
 * {@code description}, {@code check_name}, {@code fingerprint}, {@code severity}, {@code location.path} and
 * {@code location.lines.begin}, which is what GitLab reads to show findings in a merge request.
 *
 * <p>The fingerprint identifies a finding across commits, so GitLab can tell new findings from fixed ones:
 * a SHA-256 (first 32 hex digits) of rule id, path, message and the finding's rank among identical ones,
 * but not its line, so lines moving above it do not make it "new". Severities: error is {@code major},
 * warning {@code minor}, info {@code info}. Paths are as the report shows them (run from the repository root).
 */
public final class GitlabReporter implements Reporter {

    @Override
    public String render(Report report) {
        List<Object> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : report.result().active()) {
            String identity = f.ruleId() + "\u0000" + f.span().path() + "\u0000" + f.message();
            int rank = seen.merge(identity, 1, Integer::sum);
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("begin", f.span().line());
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("path", f.span().path());
            location.put("lines", lines);
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("description", f.ruleId() + "(" + f.alias() + ") " + f.message());
            issue.put("check_name", f.ruleId());
            issue.put("fingerprint", fingerprint(identity + "\u0000" + rank));
            issue.put("severity", switch (f.severity()) {
                case ERROR -> "major";
                case WARNING -> "minor";
                case INFO -> "info";
            });
            issue.put("location", location);
            issues.add(issue);
        }
        return JsonWriter.pretty(issues) + "\n";
    }

    private static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
