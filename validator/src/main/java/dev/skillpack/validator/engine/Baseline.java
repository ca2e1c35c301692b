package dev.skillpack.validator.engine;

import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.validator.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings a team has accepted for now ({@code --write-baseline}), hidden on later runs
 * ({@code --baseline}) so only new findings show. A finding is matched by rule id, file and a
 * fingerprint of the offending line's text (whitespace collapsed) with the rule id and how many
 * earlier findings of that rule sat on an identical line of that file. Line numbers and messages are
 * not part of it, so edits elsewhere in the file (or a changed count in a message) do not bring a
 * finding back; editing the offending line does. Immutable.
 */
public final class Baseline {
    /** Version of the file format. */
    public static final int VERSION = 1;

    /**
     * One accepted finding.
     *
     * @param ruleId the rule
     * @param path the file, relative to the baseline file's folder, with forward slashes
     * @param fingerprint see {@link Baseline}
     */
    public record Entry(String ruleId, String path, String fingerprint) {
        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path).thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint));
        this.entries = List.copyOf(sorted);
    }

    /** @return the accepted findings, sorted by path, rule and fingerprint */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * @param result a validation result
     * @param pathKey turns a display path into the path stored in the baseline
     * @return a baseline of its findings, except those suppressed by a comment (findings an earlier
     *         baseline hid are kept, so writing over the baseline in use keeps them)
     */
    public static Baseline of(ValidationResult result, Function<String, String> pathKey) {
        SourceTexts texts = SourceTexts.of(result.packs());
        List<Entry> entries = new ArrayList<>();
        List<String> prints = fingerprints(result.findings(), texts);
        for (int i = 0; i < prints.size(); i++) {
            Finding finding = result.findings().get(i);
            if (finding.suppression() != Finding.Suppression.INLINE && !result.crashes().contains(finding)) {
                entries.add(new Entry(finding.ruleId(), pathKey.apply(finding.span().path()), prints.get(i)));
            }
        }
        return new Baseline(entries);
    }

    /**
     * Marks findings the baseline lists as suppressed ({@link Finding.Suppression#BASELINE}); each entry
     * hides at most one finding.
     *
     * @param result a validation result
     * @param pathKey turns a display path into the path stored in the baseline
     * @return the result with matching findings suppressed
     */
    public ValidationResult apply(ValidationResult result, Function<String, String> pathKey) {
        Map<Entry, Integer> remaining = new HashMap<>();
        entries.forEach(e -> remaining.merge(e, 1, Integer::sum));
        SourceTexts texts = SourceTexts.of(result.packs());
        List<String> prints = fingerprints(result.findings(), texts);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < prints.size(); i++) {
            Finding f = result.findings().get(i);
            Entry key = new Entry(f.ruleId(), pathKey.apply(f.span().path()), prints.get(i));
            Integer left = remaining.get(key);
            if (!f.suppressed() && !result.crashes().contains(f) && left != null && left > 0) {
                remaining.put(key, left - 1);
                out.add(f.withSuppression(Finding.Suppression.BASELINE));
            } else {
                out.add(f);
            }
        }
        return result.withFindings(out);
    }

    /** Fingerprints in the findings' order; occurrences counted per rule, file and line text. */
    private static List<String> fingerprints(List<Finding> findings, SourceTexts texts) {
        List<String> result = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String line = normalise(texts.firstLine(f.span()).orElse(""));
            String key = f.ruleId() + "\n" + f.span().path() + "\n" + line;
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            result.add(fingerprint(f.ruleId(), line, occurrence));
        }
        return result;
    }

    static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    static String fingerprint(String ruleId, String normalisedLine, int occurrence) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((ruleId + "\n" + normalisedLine + "\n" + occurrence)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** @return the baseline file's text: JSON, entries sorted, ending with a newline */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("ruleId", e.ruleId());
            item.put("path", e.path());
            item.put("fingerprint", e.fingerprint());
            list.add(item);
        }
        root.put("findings", list);
        return JsonWriter.pretty(root) + "\n";
    }

    /**
     * @param json a baseline file's text
     * @return the baseline
     * @throws IllegalArgumentException with a message for a person when the text is not a baseline
     */
    public static Baseline parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a baseline is a JSON object with version and findings");
        }
        if (!root.path("version").isInt() || root.path("version").intValue() != VERSION) {
            throw new IllegalArgumentException("unsupported baseline version " + root.path("version")
                    + "; this skillpack reads version " + VERSION + " (write it again with --write-baseline)");
        }
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw new IllegalArgumentException("a baseline needs a findings array");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode item : findings) {
            if (!item.path("ruleId").isString() || !item.path("path").isString()
                    || !item.path("fingerprint").isString()) {
                throw new IllegalArgumentException("finding " + index + " needs string ruleId, path and fingerprint");
            }
            entries.add(new Entry(item.path("ruleId").stringValue(), item.path("path").stringValue(),
                    item.path("fingerprint").stringValue()));
            index++;
        }
        return new Baseline(entries);
    }
}
