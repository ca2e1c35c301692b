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
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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
    /** The document name used for SKILL.md's front matter in messages. */
    public static final String FRONT_MATTER = "front matter";

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
     * Reads front matter.
     *
     * @param lines line map of the whole file (spans are reported against it)
     * @param text the whole file's text
     * @param start offset where the YAML starts
     * @param end offset just after the YAML
     * @return the mapping and problems
     */
    public Result read(LineMap lines, String text, int start, int end) {
        return read(lines, text, start, end, FRONT_MATTER);
    }

    /**
     * Reads a YAML document that must be a mapping, such as a client's {@code agents/openai.yaml}.
     *
     * @param lines line map of the whole file (spans are reported against it)
     * @param text the whole file's text
     * @param start offset where the YAML starts
     * @param end offset just after the YAML
     * @param document what the YAML is, for messages: "front matter", "agents/openai.yaml"
     * @return the mapping and problems
     */
    public Result read(LineMap lines, String text, int start, int end, String document) {
        boolean frontMatter = document.equals(FRONT_MATTER);
        List<ParseProblem> problems = new ArrayList<>();
        String yaml = text.substring(start, end);
        SourceSpan whole = lines.span(start, end - start);
        if (yaml.length() > limits.maxFrontmatterChars()) {
            problems.add(new ParseProblem(ProblemCode.YAML_LIMIT, document + " is " + yaml.length()
                    + " characters; the limit is " + limits.maxFrontmatterChars(), whole));
            return new Result(Optional.empty(), problems);
        }
        String empty = document + " is empty; it must be a YAML mapping"
                + (frontMatter ? " with at least name and description" : " of keys to values");
        if (yaml.isBlank()) {
            problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, empty, whole));
            return new Result(Optional.empty(), problems);
        }
        Reader reader = new Reader(lines, start, problems, document);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, empty, whole));
                return new Result(Optional.empty(), problems);
            }
            YamlValue value = reader.value((YAMLParser) parser, first, 1);
            if (value instanceof YamlMapping mapping) {
                return new Result(Optional.of(withExtents(mapping, lines, text, end)), problems);
            }
            problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, document + " is a YAML " + value.typeName()
                    + "; it must be a mapping of keys to values"
                    + (frontMatter ? " (name: ..., description: ...)" : ""), value.span()));
            return new Result(Optional.empty(), problems);
        } catch (StreamConstraintsException e) {
            problems.add(new ParseProblem(ProblemCode.YAML_LIMIT, document + " exceeds a safety limit: "
                    + firstLine(e.getOriginalMessage()), reader.span(e.getLocation())));
        } catch (JacksonException e) {
            if (e.getCause() instanceof MarkedYamlEngineException marked) {
                problems.add(syntaxProblem(document, marked, reader));
            } else {
                problems.add(new ParseProblem(ProblemCode.YAML_SYNTAX, syntaxMessage(document, e.getOriginalMessage()),
                        reader.span(e.getLocation())));
            }
        } catch (RuntimeException e) {
            // snakeyaml-engine reports some malformed input with its own unchecked exceptions
            problems.add(new ParseProblem(ProblemCode.YAML_SYNTAX, syntaxMessage(document, e.getMessage()), whole));
        }
        return new Result(Optional.empty(), problems);
    }

    /**
     * Words snakeyaml's error as one line: the problem, then what it was reading and where that began,
     * pointing at the start of the construct (an unclosed quote's opening) when there is one.
     */
    private static ParseProblem syntaxProblem(String document, MarkedYamlEngineException e, Reader reader) {
        String problem = e.getProblem() == null ? "unreadable input" : e.getProblem().strip();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        String context = e.getContext();
        String message;
        SourceSpan span;
        if (problem.contains("(TAB)")) {
            message = document + " is not valid YAML: a tab cannot indent YAML; indent with spaces";
            span = problemMark.map(reader::span).orElseGet(() -> reader.span((TokenStreamLocation) null));
        } else if (context != null && contextMark.isPresent()) {
            SourceSpan start = reader.span(contextMark.get());
            message = document + " is not valid YAML: " + problem + " (" + context.strip() + " started at line "
                    + start.line() + ", column " + start.column() + ")";
            span = start;
        } else {
            message = document + " is not valid YAML: " + problem;
            span = problemMark.map(reader::span).orElseGet(() -> reader.span((TokenStreamLocation) null));
        }
        if (problem.contains("mapping values are not allowed")) {
            message += "; a value containing ': ' must be quoted, e.g. description: \"Use when: ...\"";
        }
        return new ParseProblem(ProblemCode.YAML_SYNTAX, message, span);
    }

    private static String syntaxMessage(String document, String raw) {
        String first = firstLine(raw);
        String message = document + " is not valid YAML: " + first;
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
        private final String document;

        Reader(LineMap lines, int base, List<ParseProblem> problems, String document) {
            this.lines = lines;
            this.base = base;
            this.problems = problems;
            this.baseLine = lines.lineIndexOf(base);
            this.document = document;
        }

        YamlValue value(YAMLParser parser, JsonToken token, int depth) {
            SourceSpan span = tokenSpan(parser);
            checkAnchor(parser, span);
            return switch (token) {
                case START_OBJECT -> mapping(parser, span, depth);
                case START_ARRAY -> sequence(parser, span, depth);
                case VALUE_STRING -> aliasOr(parser, span, YamlScalar.Type.STRING);
                case VALUE_NUMBER_INT -> new YamlScalar(parser.getString(), YamlScalar.Type.INTEGER, scalarSpan(span));
                case VALUE_NUMBER_FLOAT -> new YamlScalar(parser.getString(), YamlScalar.Type.FLOAT, scalarSpan(span));
                case VALUE_TRUE, VALUE_FALSE ->
                        new YamlScalar(parser.getString(), YamlScalar.Type.BOOLEAN, scalarSpan(span));
                case VALUE_NULL -> new YamlScalar("", YamlScalar.Type.NULL, span);
                default -> new YamlScalar(String.valueOf(parser.getString()), YamlScalar.Type.STRING, span);
            };
        }

        private YamlValue aliasOr(YAMLParser parser, SourceSpan span, YamlScalar.Type type) {
            if (parser.isCurrentAlias()) {
                problems.add(new ParseProblem(ProblemCode.YAML_ALIAS, "YAML alias *" + parser.getString()
                        + " is not allowed in " + document + "; write the value out", span));
            }
            String text = parser.getString();
            if (!parser.isCurrentAlias() && (text.isEmpty() || text.equals("~")) && !quoted(span)) {
                // Jackson reports a plain empty value and '~' as strings; YAML's core schema reads both as null
                return new YamlScalar("", YamlScalar.Type.NULL, span);
            }
            return new YamlScalar(text, type, scalarSpan(span));
        }

        /** Whether the scalar starting at the span is written in quotes. */
        private boolean quoted(SourceSpan start) {
            String line = lines.lineText(lines.lineIndexOf(start.offset()));
            int column = start.columnIndex();
            return column < line.length() && (line.charAt(column) == '"' || line.charAt(column) == '\'');
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
            if (anchor == null && parser.currentToken().isScalarValue()) {
                // Jackson reports anchors of collections only; a scalar's token starts at its '&'
                String line = lines.lineText(lines.lineIndexOf(span.offset()));
                int column = span.columnIndex();
                if (column < line.length() && line.charAt(column) == '&') {
                    int end = column + 1;
                    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                        end++;
                    }
                    anchor = line.substring(column + 1, end);
                }
            }
            if (anchor != null) {
                problems.add(new ParseProblem(ProblemCode.YAML_ALIAS, "YAML anchor &" + anchor
                        + " is not allowed in " + document + "; write each value out", span));
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

        /** The position of a snakeyaml mark (0-based line and code-point column of the YAML text). */
        SourceSpan span(Mark mark) {
            int lineIndex = Math.min(baseLine + mark.getLine(), lines.lineCount() - 1);
            String line = lines.lineText(lineIndex);
            int column = Math.max(0, mark.getColumn());
            int chars = column <= line.codePointCount(0, line.length()) ? line.offsetByCodePoints(0, column) : line.length();
            return lines.span(lines.lineStart(lineIndex) + chars, 0);
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
