package dev.skillpack.core.parse;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML front matter into {@link YamlValue}s with spans, refusing what a skill never needs and
 * an attacker could abuse: anchors and aliases, duplicate keys, deep nesting and huge input.
 * Thread-safe; never throws for bad input.
 */
public final class SafeYaml {
    private final ParseLimits limits;
    private final YAMLFactory factory;

    /** @param limits the limits to apply */
    public SafeYaml(ParseLimits limits) {
        this.limits = limits;
        this.factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxYamlDepth())
                        .maxStringLength(limits.maxFrontmatterChars())
                        .maxDocumentLength(limits.maxFrontmatterChars())
                        .build())
                .build();
    }

    /**
     * The result of reading front matter.
     *
     * @param root the top-level mapping, if the YAML is a readable mapping
     * @param problems what was wrong, in order
     */
    public record Result(Optional<YamlMapping> root, List<ParseProblem> problems) {
        /** Copies the problems. */
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param lines line map of the whole file (spans are reported against it)
     * @param text the whole file's text
     * @param start offset where the YAML starts
     * @param end offset just after the YAML
     * @return the mapping and problems
     */
    public Result read(LineMap lines, String text, int start, int end) {
        List<ParseProblem> problems = new ArrayList<>();
        String yaml = text.substring(start, end);
        SourceSpan whole = lines.span(start, end - start);
        if (yaml.length() > limits.maxFrontmatterChars()) {
            problems.add(new ParseProblem(ProblemCode.YAML_LIMIT, "front matter is " + yaml.length()
                    + " characters; the limit is " + limits.maxFrontmatterChars(), whole));
            return new Result(Optional.empty(), problems);
        }
        if (yaml.isBlank()) {
            problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING,
                    "front matter is empty; it must be a YAML mapping with at least name and description", whole));
            return new Result(Optional.empty(), problems);
        }
        Reader reader = new Reader(lines, start, problems);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING,
                        "front matter is empty; it must be a YAML mapping with at least name and description", whole));
                return new Result(Optional.empty(), problems);
            }
            YamlValue value = reader.value((YAMLParser) parser, first, 1);
            if (value instanceof YamlMapping mapping) {
                return new Result(Optional.of(withExtents(mapping, lines, text, end)), problems);
            }
            problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, "front matter is a YAML " + value.typeName()
                    + "; it must be a mapping of keys to values (name: ..., description: ...)", value.span()));
            return new Result(Optional.empty(), problems);
        } catch (StreamConstraintsException e) {
            problems.add(new ParseProblem(ProblemCode.YAML_LIMIT, "front matter exceeds a safety limit: "
                    + firstLine(e.getOriginalMessage()), reader.span(e.getLocation())));
        } catch (JacksonException e) {
            problems.add(new ParseProblem(ProblemCode.YAML_SYNTAX, syntaxMessage(e.getOriginalMessage()),
                    reader.span(e.getLocation())));
        } catch (RuntimeException e) {
            // snakeyaml-engine reports some malformed input with its own unchecked exceptions
            problems.add(new ParseProblem(ProblemCode.YAML_SYNTAX, syntaxMessage(e.getMessage()), whole));
        }
        return new Result(Optional.empty(), problems);
    }

    private static String syntaxMessage(String raw) {
        String first = firstLine(raw);
        String message = "front matter is not valid YAML: " + first;
        if (first.contains("mapping values are not allowed")) {
            message += "; a value containing ': ' must be quoted, e.g. description: \"Use when: ...\"";
        }
        return message;
    }

    private static String firstLine(String raw) {
        if (raw == null || raw.isBlank()) {
            return "unreadable input";
        }
        String line = raw.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    /** Top-level entries get an exact extent: from the key to the last non-blank, non-comment line. */
    private static YamlMapping withExtents(YamlMapping root, LineMap lines, String text, int end) {
        List<YamlEntry> entries = root.entries();
        List<YamlEntry> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            YamlEntry entry = entries.get(i);
            int from = entry.keySpan().offset();
            int to = i + 1 < entries.size() ? entries.get(i + 1).keySpan().offset() : end;
            to = trimTrailing(text, from, to);
            SourceSpan extent = lines.span(from, to - from);
            YamlValue value = entry.value();
            if (value instanceof YamlScalar scalar && scalar.span().offset() <= to) {
                int valueStart = scalar.span().offset();
                value = new YamlScalar(scalar.text(), scalar.type(), lines.span(valueStart, to - valueStart));
            }
            result.add(new YamlEntry(entry.key(), entry.keySpan(), value, extent));
        }
        return new YamlMapping(result, root.span());
    }

    private static int trimTrailing(String text, int from, int to) {
        int end = to;
        while (true) {
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            if (lineStart > from && text.substring(lineStart, end).stripLeading().startsWith("#")) {
                end = lineStart;
                continue;
            }
            return end;
        }
    }

    /** Builds values from the token stream. One per call to {@link #read}. */
    private static final class Reader {
        private final LineMap lines;
        private final int base;
        private final List<ParseProblem> problems;
        private final int baseLine;

        Reader(LineMap lines, int base, List<ParseProblem> problems) {
            this.lines = lines;
            this.base = base;
            this.problems = problems;
            this.baseLine = lines.lineIndexOf(base);
        }

        YamlValue value(YAMLParser parser, JsonToken token, int depth) {
            SourceSpan span = tokenSpan(parser);
            checkAnchor(parser, span);
            return switch (token) {
                case START_OBJECT -> mapping(parser, span, depth);
                case START_ARRAY -> sequence(parser, span, depth);
                case VALUE_STRING -> aliasOr(parser, span, YamlScalar.Type.STRING);
                case VALUE_NUMBER_INT -> new YamlScalar(parser.getString(), YamlScalar.Type.INTEGER, span);
                case VALUE_NUMBER_FLOAT -> new YamlScalar(parser.getString(), YamlScalar.Type.FLOAT, span);
                case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(parser.getString(), YamlScalar.Type.BOOLEAN, span);
                case VALUE_NULL -> new YamlScalar("", YamlScalar.Type.NULL, span);
                default -> new YamlScalar(String.valueOf(parser.getString()), YamlScalar.Type.STRING, span);
            };
        }

        private YamlValue aliasOr(YAMLParser parser, SourceSpan span, YamlScalar.Type type) {
            if (parser.isCurrentAlias()) {
                problems.add(new ParseProblem(ProblemCode.YAML_ALIAS, "YAML alias *" + parser.getString()
                        + " is not allowed in front matter; write the value out", span));
            }
            return new YamlScalar(parser.getString(), type, scalarSpan(span));
        }

        private YamlMapping mapping(YAMLParser parser, SourceSpan span, int depth) {
            List<YamlEntry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT && t != null; t = parser.nextToken()) {
                String key = parser.currentName();
                SourceSpan keySpan = tokenSpan(parser);
                keySpan = lines.span(keySpan.offset(), key.length());
                if (!seen.add(key)) {
                    problems.add(new ParseProblem(ProblemCode.YAML_DUPLICATE_KEY, "key '" + key
                            + "' appears more than once; keep one", keySpan));
                }
                YamlValue value = value(parser, parser.nextToken(), depth + 1);
                entries.add(new YamlEntry(key, keySpan, value, lines.span(keySpan.offset(), 0)));
            }
            return new YamlMapping(entries, span);
        }

        private YamlSequence sequence(YAMLParser parser, SourceSpan span, int depth) {
            List<YamlValue> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                items.add(value(parser, t, depth + 1));
            }
            return new YamlSequence(items, span);
        }

        private void checkAnchor(YAMLParser parser, SourceSpan span) {
            Object anchor = parser.getObjectId();
            if (anchor != null) {
                problems.add(new ParseProblem(ProblemCode.YAML_ALIAS, "YAML anchor &" + anchor
                        + " is not allowed in front matter; write each value out", span));
            }
        }

        private SourceSpan scalarSpan(SourceSpan start) {
            int lineIndex = lines.lineIndexOf(start.offset());
            int lineEnd = lines.lineStart(lineIndex) + lines.lineText(lineIndex).length();
            String rest = lines.lineText(lineIndex).substring(start.columnIndex()).stripTrailing();
            return lines.span(start.offset(), Math.min(rest.length(), lineEnd - start.offset()));
        }

        private SourceSpan tokenSpan(YAMLParser parser) {
            return span(parser.currentTokenLocation());
        }

        SourceSpan span(TokenStreamLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return lines.span(base, 0);
            }
            int lineIndex = Math.min(baseLine + location.getLineNr() - 1, lines.lineCount() - 1);
            int column = Math.max(0, location.getColumnNr() - 1);
            int offset = Math.min(lines.lineStart(lineIndex) + column,
                    lines.lineStart(lineIndex) + lines.lineText(lineIndex).length());
            return lines.span(offset, 0);
        }
    }
}
