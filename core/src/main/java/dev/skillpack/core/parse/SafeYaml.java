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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TOP_KEY = Pattern.compile("(?m)^([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \t]*:(?=\\s|$)");
    private static final Pattern MARK = Pattern.compile("in reader, line (\\d+), column (\\d+)");
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
     * Reads another YAML document that must be a mapping, such as a client's {@code agents/openai.yaml},
     * with the same limits; messages name the document instead of "front matter".
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
        String empty = document + " is empty; it must be a YAML mapping"
                + (frontMatter ? " with at least name and description" : " of keys to values");
        List<ParseProblem> problems = new ArrayList<>();
        String yaml = text.substring(start, end);
        SourceSpan whole = lines.span(start, end - start);
        if (yaml.length() > limits.maxFrontmatterChars()) {
            problems.add(new ParseProblem(ProblemCode.YAML_LIMIT, document + " is " + yaml.length()
                    + " characters" + largestKey(yaml) + "; the limit is " + limits.maxFrontmatterChars(), whole));
            return new Result(Optional.empty(), problems);
        }
        if (yaml.isBlank()) {
            problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, empty, whole));
            return new Result(Optional.empty(), problems);
        }
        Reader reader = new Reader(lines, text, start, problems, document);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, empty, whole));
                return new Result(Optional.empty(), problems);
            }
            YamlValue value = reader.value((YAMLParser) parser, first, 1);
            reader.reportAnchorsAndAliases();
            if (value instanceof YamlMapping mapping) {
                return new Result(Optional.of(withExtents(mapping, lines, text, end)), problems);
            }
            problems.add(new ParseProblem(ProblemCode.YAML_NOT_MAPPING, document + " is a YAML " + value.typeName()
                    + "; it must be a mapping of keys to values" + (frontMatter ? " (name: ..., description: ...)" : ""),
                    value.span()));
            return new Result(Optional.empty(), problems);
        } catch (StreamConstraintsException e) {
            reader.reportAnchorsAndAliases();
            problems.add(new ParseProblem(ProblemCode.YAML_LIMIT, limitMessage(document, e.getOriginalMessage()),
                    reader.lastSpan()));
        } catch (JacksonException e) {
            reader.reportAnchorsAndAliases();
            problems.add(specialCharacter(lines, yaml, start, document, e.getOriginalMessage())
                    .orElseGet(() -> new ParseProblem(ProblemCode.YAML_SYNTAX,
                            syntaxMessage(document, e.getOriginalMessage()),
                            reader.markSpan(e.getOriginalMessage(), e.getLocation()))));
        } catch (RuntimeException e) {
            // snakeyaml-engine reports some malformed input with its own unchecked exceptions
            reader.reportAnchorsAndAliases();
            problems.add(specialCharacter(lines, yaml, start, document, e.getMessage())
                    .orElseGet(() -> new ParseProblem(ProblemCode.YAML_SYNTAX, syntaxMessage(document, e.getMessage()),
                            reader.markSpan(e.getMessage(), null))));
        }
        return new Result(Optional.empty(), problems);
    }

    private String limitMessage(String document, String raw) {
        String text = raw == null ? "" : raw;
        if (text.contains("nesting depth")) {
            return document + " is nested more than " + limits.maxYamlDepth()
                    + " levels deep; flatten it";
        }
        return document + " exceeds a safety limit: " + firstLine(text);
    }

    private static String firstLine(String raw) {
        String line = raw.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    /**
     * snakeyaml-engine writes what went wrong on some lines, each followed by where ({@code in reader,
     * line 2, column 22:}), a copy of the line and a caret; the message keeps only what went wrong.
     */
    private static String syntaxMessage(String document, String raw) {
        List<String> what = new ArrayList<>();
        String[] rawLines = (raw == null ? "" : raw).split("\n");
        for (String line : rawLines) {
            if (!line.isBlank() && !line.startsWith(" in reader") && !line.startsWith("    ")
                    && !line.startsWith("\t")) {
                what.add(line.strip());
            }
        }
        String detail = what.isEmpty() ? "unreadable input" : String.join("; ", what);
        String message = document + " is not valid YAML: " + detail;
        if (detail.contains("mapping values are not allowed")) {
            message += "; a value containing ': ' must be quoted"
                    + (document.equals(FRONT_MATTER) ? ", e.g. description: \"Use when: ...\"" : "");
        }
        return message;
    }

    /**
     * YAML allows no control characters other than tab, line feed and carriage return, nor U+FFFE/U+FFFF;
     * snakeyaml-engine says "special characters are not allowed" without saying where. This finds the
     * first one and names it, at its own line and column.
     */
    private static Optional<ParseProblem> specialCharacter(LineMap lines, String yaml, int start, String document,
                                                           String raw) {
        if (raw == null || !raw.contains("special characters")) {
            return Optional.empty();
        }
        for (int i = 0; i < yaml.length(); ) {
            int cp = yaml.codePointAt(i);
            if (!printable(cp)) {
                String name = cp == 0 ? " (NUL)" : cp == 0x7F ? " (DEL)" : cp == 0x1B ? " (ESC)" : "";
                return Optional.of(new ParseProblem(ProblemCode.YAML_SYNTAX, String.format(Locale.ROOT,
                        "%s is not valid YAML: it contains the control character U+%04X%s, which YAML does not allow; "
                                + "delete it", document, cp, name), lines.span(start + i, Character.charCount(cp))));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** The YAML 1.2 printable set (c-printable), plus U+0085 and the BOM, which readers accept. */
    private static boolean printable(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * For a document over the size limit: which top-level key holds most of it, e.g.
     * {@code " (description alone is 101180)"}, or "" when no key stands out.
     */
    private static String largestKey(String yaml) {
        Matcher key = TOP_KEY.matcher(yaml);
        String best = null;
        int bestSize = 0;
        String current = null;
        int currentStart = 0;
        while (key.find()) {
            if (current != null && key.start() - currentStart > bestSize) {
                best = current;
                bestSize = key.start() - currentStart;
            }
            current = key.group(1);
            currentStart = key.start();
        }
        if (current != null && yaml.length() - currentStart > bestSize) {
            best = current;
            bestSize = yaml.length() - currentStart;
        }
        return best == null || bestSize * 2 < yaml.length() ? ""
                : String.format(Locale.ROOT, " (%s alone is %d)", best, bestSize);
    }

    /** Top-level entries get an exact extent: from the key to the last non-blank, non-comment line. */
    private static YamlMapping withExtents(YamlMapping root, LineMap lines, String text, int end) {
        List<YamlEntry> entries = root.entries();
        List<YamlEntry> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            YamlEntry entry = entries.get(i);
            int from = entry.keySpan().offset();
            int to = i + 1 < entries.size() ? entries.get(i + 1).keySpan().offset() : end;
            YamlValue value = entry.value();
            to = trimTrailing(text, from, to, isBlockScalar(value, text));
            SourceSpan extent = lines.span(from, to - from);
            if (value instanceof YamlScalar scalar && scalar.span().offset() <= to) {
                int valueStart = scalar.span().offset();
                value = new YamlScalar(scalar.text(), scalar.type(), lines.span(valueStart, to - valueStart));
            }
            result.add(new YamlEntry(entry.key(), entry.keySpan(), value, extent));
        }
        return new YamlMapping(result, root.span());
    }

    private static boolean isBlockScalar(YamlValue value, String text) {
        if (!(value instanceof YamlScalar scalar) || scalar.span().offset() >= text.length()) {
            return false;
        }
        char indicator = text.charAt(scalar.span().offset());
        return indicator == '|' || indicator == '>';
    }

    /**
     * Moves {@code to} back over blank lines and comment lines. In a block scalar an indented line
     * starting with {@code #} is content, so only comments at the start of a line end it there.
     */
    private static int trimTrailing(String text, int from, int to, boolean blockScalar) {
        int end = to;
        while (true) {
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(lineStart, end);
            boolean comment = blockScalar ? line.startsWith("#") : line.stripLeading().startsWith("#");
            if (lineStart > from && comment) {
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
        private final String text;
        private final String document;
        private SourceSpan last;
        /** Anchors and aliases are one problem per document, at the first of them (an alias bomb holds hundreds). */
        private int anchors;
        private int aliases;
        private String firstMarker;
        private SourceSpan firstMarkerSpan;
        private int firstMarkerIndex = -1;

        Reader(LineMap lines, String text, int base, List<ParseProblem> problems, String document) {
            this.lines = lines;
            this.text = text;
            this.document = document;
            this.base = base;
            this.problems = problems;
            this.baseLine = lines.lineIndexOf(base);
            this.last = lines.span(base, 0);
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
                aliases++;
                marker("alias *" + parser.getString(), lines.span(span.offset(), 1 + parser.getString().length()));
                return new YamlScalar(parser.getString(), type, scalarSpan(span));
            }
            String value = parser.getString();
            // YAML 1.2 reads an empty plain scalar and ~ as null (as "null" already is); Jackson gives strings
            if ((value.isEmpty() || value.equals("~")) && !isQuoted(span)) {
                return new YamlScalar("", YamlScalar.Type.NULL, scalarSpan(span));
            }
            return new YamlScalar(value, type, scalarSpan(span));
        }

        private static boolean isAnchorEnd(char c) {
            return Character.isWhitespace(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
        }

        private boolean isQuoted(SourceSpan span) {
            char first = span.offset() < text.length() ? text.charAt(span.offset()) : '\n';
            return first == '"' || first == '\'';
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
            // Jackson reports anchors of mappings and lists but drops those of scalar values, so the
            // source text at the node's start is read as well: an optional tag, then '&name'
            int ampersand = anchorOffset(span.offset());
            Object anchor = parser.getObjectId();
            if (anchor == null && ampersand >= 0) {
                int end = ampersand + 1;
                while (end < text.length() && !isAnchorEnd(text.charAt(end))) {
                    end++;
                }
                anchor = end > ampersand + 1 ? text.substring(ampersand + 1, end) : null;
            }
            if (anchor != null) {
                SourceSpan where = ampersand >= 0 ? lines.span(ampersand, 1 + anchor.toString().length()) : span;
                anchors++;
                marker("anchor &" + anchor, where);
            }
        }

        private void marker(String what, SourceSpan where) {
            if (firstMarker == null) {
                firstMarker = what;
                firstMarkerSpan = where;
                firstMarkerIndex = problems.size();
            }
        }

        /** Adds the one problem for the anchors and aliases seen, where the first of them was found. */
        void reportAnchorsAndAliases() {
            if (firstMarker == null) {
                return;
            }
            String message;
            if (anchors + aliases == 1) {
                message = "YAML " + firstMarker + " is not allowed in " + document + "; write "
                        + (anchors == 1 ? "each value" : "the value") + " out";
            } else {
                message = "YAML anchors and aliases are not allowed in " + document + " (" + count(anchors, "anchor")
                        + " and " + count(aliases, "alias") + ", the first " + firstMarker
                        + "); write each value out";
            }
            problems.add(Math.min(firstMarkerIndex, problems.size()),
                    new ParseProblem(ProblemCode.YAML_ALIAS, message, firstMarkerSpan));
            firstMarker = null;
        }

        private static String count(int n, String word) {
            return n + " " + word + (n == 1 ? "" : word.endsWith("s") ? "es" : "s");
        }

        /** @return the offset of the '&' of an anchor written at a node's start (after an optional tag), or -1 */
        private int anchorOffset(int offset) {
            int at = offset;
            if (at < text.length() && text.charAt(at) == '!') {
                while (at < text.length() && !isAnchorEnd(text.charAt(at))) {
                    at++;
                }
                while (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
            }
            return at < text.length() && text.charAt(at) == '&' ? at : -1;
        }

        private SourceSpan scalarSpan(SourceSpan start) {
            int lineIndex = lines.lineIndexOf(start.offset());
            int lineEnd = lines.lineStart(lineIndex) + lines.lineText(lineIndex).length();
            String rest = lines.lineText(lineIndex).substring(start.columnIndex()).stripTrailing();
            return lines.span(start.offset(), Math.min(rest.length(), lineEnd - start.offset()));
        }

        private SourceSpan tokenSpan(YAMLParser parser) {
            last = span(parser.currentTokenLocation());
            return last;
        }

        /** @return the start of the last token read: where a limit was hit */
        SourceSpan lastSpan() {
            return last;
        }

        /**
         * @param message a snakeyaml-engine message
         * @param fallback the location Jackson gave
         * @return the position of the message's last mark (the problem), else of the fallback
         */
        SourceSpan markSpan(String message, TokenStreamLocation fallback) {
            Matcher mark = MARK.matcher(message == null ? "" : message);
            int line = -1;
            int column = -1;
            while (mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
            return line < 1 ? span(fallback) : at(line, column);
        }

        SourceSpan span(TokenStreamLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return lines.span(base, 0);
            }
            return at(location.getLineNr(), location.getColumnNr());
        }

        /** An empty span at a 1-based line and column of the YAML text, clamped to the line. */
        private SourceSpan at(int yamlLine, int yamlColumn) {
            int lineIndex = Math.min(baseLine + yamlLine - 1, lines.lineCount() - 1);
            int column = Math.max(0, yamlColumn - 1);
            int offset = Math.min(lines.lineStart(lineIndex) + column,
                    lines.lineStart(lineIndex) + lines.lineText(lineIndex).length());
            return lines.span(offset, 0);
        }
    }
}
