package dev.skillpack.validator.config;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.internal.Suggestions;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
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
 * Walks the YAML tree of one configuration file into a {@link ConfigFile}, checking it against the known
 * rules and their options and collecting every problem with its line and column. Not shared.
 */
final class ConfigReader {
    private static final List<String> TOP_KEYS =
            List.of("target", "tokenizer", "rules", "allowed-frontmatter-keys", "overrides", "ignore", "limits");
    private static final List<String> RULE_KEYS = List.of("severity", "options");
    private static final List<String> OVERRIDE_KEYS = List.of("paths", "rules");
    private static final String LEVELS = "off, info, warning or error";

    private final String path;
    private final RuleRegistry registry;
    private final List<ConfigProblem> problems = new ArrayList<>();

    ConfigReader(String path, RuleRegistry registry) {
    this.path = path;
    this.registry = registry;
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
                default -> problem(e.keySpan(), "unknown setting '" + e.key() + "'" + Suggestions.suggest(e.key(), TOP_KEYS)
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
                problem(e.keySpan(), "unknown limit '" + e.key() + "'" + Suggestions.suggest(e.key(), ReadingLimits.KEYS)
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
                problem(e.keySpan(), "unknown rule '" + e.key() + "'" + Suggestions.suggest(e.key(), known)
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
                        + Suggestions.suggest(inner.key(), RULE_KEYS) + "; use severity and options");
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
        Map<String, OptionKey<?>> specs = rule.meta().options().stream()
                .collect(Collectors.toMap(OptionKey::name, o -> o, (a, b) -> a, LinkedHashMap::new));
        Map<String, Object> result = new LinkedHashMap<>();
        for (YamlEntry e : m.entries()) {
            OptionKey<?> key = specs.get(e.key());
            if (key == null) {
                problem(e.keySpan(), "unknown option '" + e.key() + "' for " + id + "(" + rule.meta().alias() + ")"
                        + Suggestions.suggest(e.key(), List.copyOf(specs.keySet()))
                        + (specs.isEmpty() ? "; it takes no options" : "; its options are "
                        + String.join(", ", specs.keySet())));
                continue;
            }
            OptionValues.convert(e.value(), key.spec(), id, this::problem)
                    .filter(v -> convertsTo(key, v, e.value(), id))
                    .ifPresent(v -> result.put(key.name(), v));
        }
        return result;
    }

    /**
     * Runs the key's own conversion (globs compiled, words folded, ...) on a value of the right type, so a
     * value it refuses is a problem here, at its line, rather than when a rule reads it.
     */
    private boolean convertsTo(OptionKey<?> key, Object written, YamlValue value, String id) {
        try {
            key.convert(written);
            return true;
        } catch (IllegalArgumentException e) {
            problem(refusedItem(key, value).orElse(span(value)), "option " + key.name() + " of " + id
                    + " has a bad value: " + e.getMessage());
            return false;
        }
    }

    /** The span of the first list item the key refuses on its own, when the value is a list of strings. */
    private static Optional<SourceSpan> refusedItem(OptionKey<?> key, YamlValue value) {
        if (key.spec().type() != OptionSpec.Type.STRING_LIST || !(value instanceof YamlSequence seq)) {
            return Optional.empty();
        }
        for (YamlValue item : seq.items()) {
            if (item instanceof YamlScalar s) {
                try {
                    key.convert(List.of(s.text()));
                } catch (IllegalArgumentException e) {
                    return Optional.of(s.span());
                }
            }
        }
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
                            + Suggestions.suggest(e.key(), OVERRIDE_KEYS) + "; use paths and rules");
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
