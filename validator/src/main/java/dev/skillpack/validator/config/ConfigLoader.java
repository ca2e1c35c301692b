package dev.skillpack.validator.config;

import dev.skillpack.validator.rule.Glob;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.parse.SafeYaml;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.PathOverride;
import dev.skillpack.validator.RuleConfig;
import dev.skillpack.validator.engine.RuleRegistry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds and reads {@code .skillpack.yaml}. The YAML is read with core's {@link SafeYaml} (anchors and
 * aliases refused, size and depth limited), then checked against the known rules and their
 * {@link OptionSpec}s: every unknown key, unknown rule, bad severity and wrongly typed option becomes
 * a {@link ConfigProblem} with its line and column, and all of them are thrown together.
 *
 * <pre>
 * target: claude-code               # agentskills | claude-code | codex
 * tokenizer: o200k_base             # o200k_base | cl100k_base
 * allowed-frontmatter-keys: [version]
 * rules:
 *   SP101: error                    # off | info | warning | error
 *   name-format: off                # ids or aliases
 *   concise: warning                # a whole category
 *   body-tokens: {severity: warning, options: {warn-tokens: 6000}}
 * overrides:
 *   - paths: ["legacy/**"]
 *     rules: {SP101: off}
 * ignore: ["drafts/**"]
 * </pre>
 */
public final class ConfigLoader {
    /** The file name searched for. */
    public static final String FILE_NAME = ".skillpack.yaml";

    private static final List<String> TOP_KEYS =
            List.of("target", "tokenizer", "rules", "allowed-frontmatter-keys", "overrides", "ignore", "limits");
    private static final List<String> RULE_KEYS = List.of("severity", "options");
    private static final List<String> OVERRIDE_KEYS = List.of("paths", "rules");
    private static final String LEVELS = "off, info, warning or error";

    private final RuleRegistry registry;

    /** @param registry the rules a configuration may name */
    public ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Looks for {@value #FILE_NAME} in a folder and each folder above it.
     *
     * @param start a folder (or a file, whose folder is used)
     * @return the nearest config file
     */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            // a folder by that name is found too, so that load says what is wrong instead of skipping it
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param file a configuration file
     * @param displayPath how to name the file in problems
     * @return its settings
     * @throws ConfigException when the file cannot be read or is not a valid configuration
     */
    public ConfigFile load(Path file, String displayPath) throws ConfigException {
        if (Files.isDirectory(file)) {
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1, "is a folder, not a config file; "
                    + "remove or rename it, and write the settings into a file named " + FILE_NAME)));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1, "cannot read config file: "
                    + dev.skillpack.core.text.IoReason.of(e))));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1,
                    "config file is not valid UTF-8; save it as UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(displayPath, text, file);
    }

    /**
     * @param file a configuration file, named in problems as given (forward slashes)
     * @return its settings
     * @throws ConfigException when the file cannot be read or is not a valid configuration
     */
    public ConfigFile load(Path file) throws ConfigException {
        return load(file, DirectorySkillSource.displayOf(file));
    }

    /**
     * @param displayPath how to name the text in problems
     * @param text the YAML
     * @return its settings
     * @throws ConfigException when it is not a valid configuration
     */
    public ConfigFile parse(String displayPath, String text) throws ConfigException {
        return parse(displayPath, text, null);
    }

    private ConfigFile parse(String displayPath, String text, Path source) throws ConfigException {
        Reader reader = new Reader(displayPath);
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            return new ConfigFile(source, null, null, Map.of(), List.of(), List.of(), List.of());
        }
        LineMap lines = LineMap.of(displayPath, text);
        SafeYaml.Result yaml = new SafeYaml(ParseLimits.defaults()).read(lines, text, 0, text.length(), "config");
        for (ParseProblem p : yaml.problems()) {
            String message = p.message();
            if (message.contains("must be a mapping") || message.contains("must be a YAML mapping")) {
                message = "config must be a YAML mapping of settings (rules:, target:, ...)";
            }
            reader.problem(p.span(), message);
        }
        if (yaml.root().isEmpty()) {
            reader.throwIfAny();
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1,
                    "config must be a YAML mapping of settings (rules:, target:, ...)")));
        }
        ConfigFile file = reader.read(yaml.root().get(), source);
        reader.throwIfAny();
        return file;
    }

    /** Collects problems while walking one file. */
    private final class Reader {
        private final String path;
        private final List<ConfigProblem> problems = new ArrayList<>();

        Reader(String path) {
            this.path = path;
        }

        void problem(SourceSpan span, String message) {
            problems.add(new ConfigProblem(path, span.line(), span.column(), message));
        }

        void throwIfAny() throws ConfigException {
            if (!problems.isEmpty()) {
                List<ConfigProblem> sorted = new ArrayList<>(problems);
                sorted.sort(java.util.Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
                throw new ConfigException(sorted);
            }
        }

        ConfigFile read(YamlMapping root, Path source) {
            Target target = null;
            Tokenizer tokenizer = null;
            Map<String, RuleConfig> rules = Map.of();
            List<PathOverride> overrides = new ArrayList<>();
            List<String> ignore = List.of();
            List<String> allowed = List.of();
            ReadingLimits limits = ReadingLimits.defaults();
            for (YamlEntry e : root.entries()) {
                switch (e.key()) {
                    case "target" -> target = text(e, "target", "agentskills, claude-code or codex")
                            .flatMap(v -> lookup(e, Target.byId(v), "target", v, "agentskills, claude-code or codex"))
                            .orElse(null);
                    case "tokenizer" -> tokenizer = text(e, "tokenizer", "o200k_base or cl100k_base")
                            .flatMap(v -> lookup(e, Tokenizer.byId(v), "tokenizer", v, "o200k_base or cl100k_base"))
                            .orElse(null);
                    case "rules" -> rules = rules(e.value(), "rules");
                    case "allowed-frontmatter-keys" -> allowed = strings(e.value(), "allowed-frontmatter-keys");
                    case "ignore" -> ignore = globs(e.value(), "ignore");
                    case "overrides" -> overrides = overrides(e.value());
                    case "limits" -> limits = limits(e.value());
                    default -> problem(e.keySpan(), "unknown setting '" + e.key() + "'" + suggest(e.key(), TOP_KEYS)
                            + "; the settings are " + String.join(", ", TOP_KEYS));
                }
            }
            return new ConfigFile(source, target, tokenizer, rules, overrides, ignore, allowed).withLimits(limits);
        }

        private ReadingLimits limits(YamlValue value) {
            ReadingLimits limits = ReadingLimits.defaults();
            if (!(value instanceof YamlMapping mapping)) {
                problem(span(value), "limits must be a mapping of " + String.join(", ", ReadingLimits.KEYS)
                        + " to positive numbers, not a " + value.typeName());
                return limits;
            }
            for (YamlEntry e : mapping.entries()) {
                if (!ReadingLimits.KEYS.contains(e.key())) {
                    problem(e.keySpan(), "unknown limit '" + e.key() + "'" + suggest(e.key(), ReadingLimits.KEYS)
                            + "; the limits are " + String.join(", ", ReadingLimits.KEYS));
                    continue;
                }
                long n = e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER
                        ? parsePositive(s.text()) : -1;
                if (n < 1) {
                    problem(span(e.value()), "limits." + e.key() + " must be a positive whole number");
                    continue;
                }
                limits = limits.with(e.key(), n);
            }
            return limits;
        }

        private static long parsePositive(String text) {
            try {
                return Long.parseLong(text.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private Optional<String> text(YamlEntry e, String what, String allowed) {
            if (e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.STRING) {
                return Optional.of(s.text().strip());
            }
            problem(span(e.value()), what + " must be " + allowed + ", not a " + e.value().typeName());
            return Optional.empty();
        }

        private <T> Optional<T> lookup(YamlEntry e, Optional<T> found, String what, String value, String allowed) {
            if (found.isEmpty()) {
                problem(span(e.value()), "unknown " + what + " '" + value + "'; use " + allowed);
            }
            return found;
        }

        private Map<String, RuleConfig> rules(YamlValue value, String where) {
            if (!(value instanceof YamlMapping mapping)) {
                problem(span(value), where + " must be a mapping of rule ids or aliases to settings, not a "
                        + value.typeName());
                return Map.of();
            }
            Map<String, RuleConfig> byCategory = new LinkedHashMap<>();
            Map<String, RuleConfig> byRule = new LinkedHashMap<>();
            for (YamlEntry e : mapping.entries()) {
                Optional<Category> category = Arrays.stream(Category.values())
                        .filter(c -> c.id().equals(e.key().toLowerCase(Locale.ROOT))).findFirst();
                Optional<Rule> rule = registry.find(e.key());
                if (rule.isPresent()) {
                    setting(e, rule.get()).ifPresent(s -> byRule.put(rule.get().meta().id(), s));
                } else if (category.isPresent()) {
                    setting(e, null).ifPresent(s -> registry.rules().stream()
                            .filter(r -> r.meta().category() == category.get())
                            .forEach(r -> byCategory.put(r.meta().id(), s)));
                } else {
                    List<String> known = registry.rules().stream()
                            .flatMap(r -> java.util.stream.Stream.of(r.meta().id(), r.meta().alias())).toList();
                    problem(e.keySpan(), "unknown rule '" + e.key() + "'" + suggest(e.key(), known)
                            + "; run 'skillpack rules' to list ids and aliases");
                }
            }
            Map<String, RuleConfig> result = new LinkedHashMap<>(byCategory);
            result.putAll(byRule);
            return result;
        }

        /** One rule's setting; {@code rule} is null for a category, which takes no options. */
        private Optional<RuleConfig> setting(YamlEntry e, Rule rule) {
            YamlValue value = e.value();
            String name = e.key();
            if (value instanceof YamlScalar s) {
                return level(s, name).map(l -> l);
            }
            if (!(value instanceof YamlMapping m)) {
                problem(span(value), name + " must be " + LEVELS + ", or a mapping with severity and options; not a "
                        + value.typeName());
                return Optional.empty();
            }
            RuleConfig result = RuleConfig.DEFAULT;
            Map<String, Object> options = new LinkedHashMap<>();
            for (YamlEntry inner : m.entries()) {
                switch (inner.key()) {
                    case "severity" -> {
                        if (inner.value() instanceof YamlScalar s) {
                            Optional<RuleConfig> level = level(s, name);
                            if (level.isPresent()) {
                                result = level.get();
                            }
                        } else {
                            problem(span(inner.value()), "severity of " + name + " must be " + LEVELS + ", not a "
                                    + inner.value().typeName());
                        }
                    }
                    case "options" -> {
                        if (rule == null) {
                            problem(inner.keySpan(), "a category (" + name
                                    + ") takes no options; set options on each rule");
                        } else {
                            options.putAll(options(inner.value(), rule));
                        }
                    }
                    default -> problem(inner.keySpan(), "unknown setting '" + inner.key() + "' for " + name
                            + suggest(inner.key(), RULE_KEYS) + "; use severity and options");
                }
            }
            return Optional.of(new RuleConfig(result.enabled(), result.severityOverride(), options));
        }

        private Optional<RuleConfig> level(YamlScalar s, String name) {
            String v = s.text().strip().toLowerCase(Locale.ROOT);
            if (s.type() == YamlScalar.Type.BOOLEAN) {
                return Optional.of(v.equals("true") ? RuleConfig.DEFAULT : RuleConfig.OFF);
            }
            if (v.equals("off")) {
                return Optional.of(RuleConfig.OFF);
            }
            if (v.equals("on")) {
                return Optional.of(RuleConfig.DEFAULT);
            }
            Optional<Severity> severity = s.type() == YamlScalar.Type.STRING ? Severity.byId(v) : Optional.empty();
            if (severity.isEmpty()) {
                problem(s.span(), "bad severity '" + s.text() + "' for " + name + "; use " + LEVELS);
                return Optional.empty();
            }
            return Optional.of(new RuleConfig(true, severity.get(), Map.of()));
        }

        private Map<String, Object> options(YamlValue value, Rule rule) {
            String id = rule.meta().id();
            if (!(value instanceof YamlMapping m)) {
                problem(span(value), "options of " + id + " must be a mapping of option names to values, not a "
                        + value.typeName());
                return Map.of();
            }
            Map<String, OptionSpec> specs = rule.meta().options().stream()
                    .collect(Collectors.toMap(OptionSpec::name, o -> o, (a, b) -> a, LinkedHashMap::new));
            Map<String, Object> result = new LinkedHashMap<>();
            for (YamlEntry e : m.entries()) {
                OptionSpec spec = specs.get(e.key());
                if (spec == null) {
                    problem(e.keySpan(), "unknown option '" + e.key() + "' for " + id + "(" + rule.meta().alias() + ")"
                            + suggest(e.key(), List.copyOf(specs.keySet()))
                            + (specs.isEmpty() ? "; it takes no options" : "; its options are "
                            + String.join(", ", specs.keySet())));
                    continue;
                }
                convert(e.value(), spec, id).ifPresent(v -> result.put(spec.name(), v));
            }
            return result;
        }

        private Optional<Object> convert(YamlValue value, OptionSpec spec, String id) {
            String what = "option " + spec.name() + " of " + id;
            switch (spec.type()) {
                case INTEGER -> {
                    if (value instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER) {
                        try {
                            return Optional.of(Integer.parseInt(s.text().strip()));
                        } catch (NumberFormatException e) {
                            problem(s.span(), what + " is out of range: " + s.text());
                            return Optional.empty();
                        }
                    }
                    return wrong(value, what, "a whole number");
                }
                case NUMBER -> {
                    if (value instanceof YamlScalar s
                            && (s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.FLOAT)) {
                        try {
                            return Optional.of(Double.parseDouble(s.text().strip()));
                        } catch (NumberFormatException e) {
                            problem(s.span(), what + " is not a number: " + s.text());
                            return Optional.empty();
                        }
                    }
                    return wrong(value, what, "a number");
                }
                case BOOLEAN -> {
                    if (value instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOLEAN) {
                        return Optional.of(Boolean.parseBoolean(s.text().strip().toLowerCase(Locale.ROOT)));
                    }
                    return wrong(value, what, "true or false");
                }
                case STRING -> {
                    if (value instanceof YamlScalar s && isTextual(s)) {
                        return Optional.of(s.text());
                    }
                    return wrong(value, what, "a string");
                }
                case STRING_LIST -> {
                    if (value instanceof YamlSequence seq) {
                        List<String> items = new ArrayList<>();
                        for (YamlValue item : seq.items()) {
                            if (item instanceof YamlScalar s && isTextual(s)) {
                                items.add(s.text());
                            } else {
                                problem(span(item), what + " must be a list of strings; this item is a "
                                        + item.typeName());
                                return Optional.empty();
                            }
                        }
                        return Optional.of(List.copyOf(items));
                    }
                    return wrong(value, what, "a list of strings");
                }
                case STRING_MAP -> {
                    if (value instanceof YamlMapping map) {
                        Map<String, String> items = new LinkedHashMap<>();
                        for (YamlEntry e : map.entries()) {
                            if (e.value() instanceof YamlScalar s && isTextual(s)) {
                                items.put(e.key(), s.text());
                            } else {
                                problem(span(e.value()), what + " must map strings to strings; '" + e.key()
                                        + "' holds a " + e.value().typeName());
                                return Optional.empty();
                            }
                        }
                        return Optional.of(java.util.Collections.unmodifiableMap(items));
                    }
                    return wrong(value, what, "a mapping of strings to strings");
                }
                default -> throw new IllegalStateException("option type " + spec.type());
            }
        }

        private boolean isTextual(YamlScalar s) {
            return s.type() == YamlScalar.Type.STRING || s.type() == YamlScalar.Type.INTEGER
                    || s.type() == YamlScalar.Type.FLOAT;
        }

        private Optional<Object> wrong(YamlValue value, String what, String expected) {
            String shown = value instanceof YamlScalar s ? " " + s.typeName() + " '" + s.text() + "'"
                    : " " + value.typeName();
            problem(span(value), what + " must be " + expected + ", not the" + shown);
            return Optional.empty();
        }

        private List<String> strings(YamlValue value, String where) {
            if (value instanceof YamlSequence seq) {
                List<String> items = new ArrayList<>();
                for (YamlValue item : seq.items()) {
                    if (item instanceof YamlScalar s && s.type() == YamlScalar.Type.STRING && !s.text().isBlank()) {
                        items.add(s.text().strip());
                    } else {
                        problem(span(item), where + " must be a list of strings; this item is a " + item.typeName());
                    }
                }
                return items;
            }
            problem(span(value), where + " must be a list of strings, not a " + value.typeName());
            return List.of();
        }

        private List<String> globs(YamlValue value, String where) {
            List<String> items = strings(value, where);
            List<String> valid = new ArrayList<>();
            List<YamlValue> nodes = value instanceof YamlSequence seq ? seq.items() : List.of();
            for (int i = 0; i < items.size(); i++) {
                try {
                    Glob.compile(items.get(i));
                    valid.add(items.get(i));
                } catch (IllegalArgumentException e) {
                    SourceSpan at = i < nodes.size() ? span(nodes.get(i)) : span(value);
                    problem(at, "bad glob in " + where + ": " + e.getMessage());
                }
            }
            return valid;
        }

        private List<PathOverride> overrides(YamlValue value) {
            if (!(value instanceof YamlSequence seq)) {
                problem(span(value), "overrides must be a list of {paths: [...], rules: {...}}, not a "
                        + value.typeName());
                return List.of();
            }
            List<PathOverride> result = new ArrayList<>();
            for (YamlValue item : seq.items()) {
                if (!(item instanceof YamlMapping m)) {
                    problem(span(item), "each override must be a mapping with paths and rules, not a "
                            + item.typeName());
                    continue;
                }
                List<String> paths = List.of();
                Map<String, RuleConfig> rules = Map.of();
                boolean hasPaths = false;
                for (YamlEntry e : m.entries()) {
                    switch (e.key()) {
                        case "paths" -> {
                            hasPaths = true;
                            paths = globs(e.value(), "paths");
                        }
                        case "rules" -> rules = rules(e.value(), "rules");
                        default -> problem(e.keySpan(), "unknown setting '" + e.key() + "' in an override"
                                + suggest(e.key(), OVERRIDE_KEYS) + "; use paths and rules");
                    }
                }
                if (!hasPaths) {
                    problem(m.span(), "override has no paths; add paths: [\"some/folder/**\"]");
                } else if (!paths.isEmpty()) {
                    result.add(new PathOverride(paths, rules));
                }
            }
            return result;
        }

        private SourceSpan span(YamlValue value) {
            return value.span();
        }
    }

    /**
     * @param written what the user wrote
     * @param known the names it could have meant
     * @return "; did you mean 'x'?" for a near miss (edit distance at most 2), else ""
     */
    public static String suggest(String written, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(written.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
