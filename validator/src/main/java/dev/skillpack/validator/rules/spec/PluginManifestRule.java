package dev.skillpack.validator.rules.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.validator.internal.Suggestions;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SP032: a Claude Code plugin manifest ({@code .claude-plugin/plugin.json}) or marketplace
 * ({@code .claude-plugin/marketplace.json}) beside the skills is not valid JSON, lacks a required key, or
 * has a value of the wrong type or form. The files are checked against JSON Schemas kept with the
 * validator ({@code dev/skillpack/validator/schemas/}) with networknt's validator; each finding points
 * at the key or value in the file. A key the schema does not know is reported only when it is a near
 * miss of a known one ({@code descripton}), since Claude Code adds fields over time.
 */
public final class PluginManifestRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP032", "claude-plugin-file", Category.SPEC, Severity.ERROR,
            "A Claude Code plugin.json or marketplace.json is not valid JSON, lacks a required key, or has a value "
                    + "of the wrong type or form.");
    private static final String SCHEMAS = "/dev/skillpack/validator/schemas/";

    /**
     * The compiled schemas, made on the first plugin file: most packs have none, and Jackson and the schema
     * library cost start-up time (hundreds of classes) that a run without client files should not pay.
     */
    private static final class Kinds {
        private static final JsonMapper MAPPER = JsonMapper.builder().build();
        static final Kind PLUGIN = new Kind("plugin.json", load("claude-plugin.schema.json"));
        static final Kind MARKETPLACE = new Kind("marketplace.json", load("claude-marketplace.schema.json"));

        private Kinds() {
        }
    }

    /** One of the two files: its name and schema (the schema's tree too, to list known keys). */
    private record Kind(String name, JsonNode schemaTree, Schema schema) {
        Kind(String name, JsonNode schemaTree) {
            this(name, schemaTree, SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schemaTree));
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkPack(SkillPack pack, RuleContext context) {
        for (TextFile file : pack.clientFiles()) {
            Kind kind = file.relativePath().endsWith("marketplace.json") ? Kinds.MARKETPLACE : Kinds.PLUGIN;
            check(file, kind, context);
        }
    }

    private static void check(TextFile file, Kind kind, RuleContext context) {
        JsonLocations json;
        try {
            json = JsonLocations.read(file);
        } catch (JacksonException e) {
            context.report(syntaxSpan(file, e), kind.name() + " is not valid JSON: " + syntax(e)
                    + "; Claude Code cannot load the " + (kind == Kinds.PLUGIN ? "plugin" : "marketplace"));
            return;
        }
        if (!json.tree().isObject()) {
            context.report(json.value(""), kind.name() + " must be a JSON object ({\"name\": ...})");
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Error error : kind.schema().validate(json.tree())) {
            String pointer = pointer(error);
            if (!reported.add(pointer + " " + error.getKeyword() + " " + error.getProperty())) {
                continue;
            }
            report(error, pointer, json, kind, context);
        }
        nearMisses(json.tree(), kind.schemaTree(), kind.schemaTree(), "", json, kind, context);
    }

    private static void report(Error error, String pointer, JsonLocations json, Kind kind, RuleContext context) {
        String where = where(pointer, kind);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required" -> context.report(json.key(pointer).orElse(json.value(pointer)), String.format(
                    "%s has no '%s'; Claude Code requires it", where, error.getProperty()));
            case "type" -> context.report(json.value(pointer), String.format("%s is %s; it must be %s", where,
                    article(json.tree().at(pointer)), typeWords(error.getSchemaNode())));
            case "pattern" -> {
                if (kind == Kinds.MARKETPLACE && pointer.matches("/plugins/\\d+/source")
                        && json.tree().at("/metadata/pluginRoot").isString()) {
                    return; // with metadata.pluginRoot a bare name ("formatter") is a local source too
                }
                context.report(json.value(pointer), String.format("%s is %s; %s", where,
                        quoted(json.tree().at(pointer)), patternHint(pointer)));
            }
            case "enum" -> context.report(json.value(pointer), String.format("%s is %s; use one of %s", where,
                    quoted(json.tree().at(pointer)), enumWords(error.getSchemaNode())));
            case "minLength" -> context.report(json.value(pointer), where + " is empty; give it a value");
            case "anyOf" -> context.report(json.value(pointer), String.format("%s is %s; %s", where,
                    describe(json.tree().at(pointer)), anyOfHint(pointer)));
            default -> context.report(json.value(pointer), where + ": " + stripped(error.getMessage()));
        }
    }

    /** Keys the schema does not list that are one or two letters from one it does: a typo Claude Code ignores. */
    private static void nearMisses(JsonNode node, JsonNode schema, JsonNode root, String pointer, JsonLocations json,
                                   Kind kind, RuleContext context) {
        JsonNode resolved = resolve(schema, root);
        if (node.isObject()) {
            JsonNode properties = resolved.path("properties");
            if (properties.isObject()) {
                List<String> known = new ArrayList<>(properties.propertyNames());
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    String child = JsonLocations.child(pointer, member.getKey());
                    if (properties.has(member.getKey())) {
                        nearMisses(member.getValue(), properties.get(member.getKey()), root, child, json, kind, context);
                        continue;
                    }
                    String suggestion = Suggestions.suggest(member.getKey(), known);
                    if (!suggestion.isEmpty()) {
                        context.report(json.key(child).orElse(json.value(child)), String.format("%s has an unknown "
                                + "key '%s'%s; Claude Code ignores it", where(pointer, kind), member.getKey(),
                                suggestion));
                    }
                }
            }
        } else if (node.isArray() && resolved.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                nearMisses(node.get(i), resolved.get("items"), root, pointer + "/" + i, json, kind, context);
            }
        }
    }

    /** Follows a local {@code $ref}; the schemas here use no other kind. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode current = schema;
        for (int i = 0; i < 8 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asString();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : current;
        }
        return current;
    }

    private static String pointer(Error error) {
        StringBuilder out = new StringBuilder();
        var path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer n ? String.valueOf(n)
                    : String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** "plugin.json", "plugin.json 'author'", "marketplace.json 'plugins[2].source'". */
    private static String where(String pointer, Kind kind) {
        if (pointer.isEmpty()) {
            return kind.name();
        }
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String part = raw.replace("~1", "/").replace("~0", "~");
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part);
            }
        }
        return kind.name() + " '" + out + "'";
    }

    private static String patternHint(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return switch (last) {
            case "name" -> "use kebab-case: lowercase letters, digits and single hyphens, e.g. \"code-review\"";
            case "repo" -> "write it as owner/repository, e.g. \"trailofbits/skills\"";
            case "source" -> "a local source is a path relative to the marketplace that starts with ./, "
                    + "e.g. \"./plugins/code-review\"";
            default -> "paths are relative to the plugin folder and start with ./, e.g. \"./skills/code-review\"";
        };
    }

    private static String anyOfHint(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (last.equals("source")) {
            return "give a path relative to the marketplace that starts with ./ (\"./plugins/x\") or an object "
                    + "such as {\"source\": \"github\", \"repo\": \"owner/repo\"}";
        }
        if (last.equals("hooks") || last.equals("mcpServers") || last.equals("lspServers")) {
            return "give a path that starts with ./, a list of them, or the configuration as an object";
        }
        return "give a path relative to the plugin folder that starts with ./ (\"./skills/x\"), or a list of them";
    }

    private static String typeWords(JsonNode type) {
        List<String> words = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> words.add(typeWord(t.asString())));
        } else {
            words.add(typeWord(type.asString()));
        }
        return String.join(" or ", words);
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "object" -> "an object";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            default -> "a " + type;
        };
    }

    private static String article(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asString() + ")";
        }
        if (value.isNumber()) {
            return "a number (" + value.asString() + ")";
        }
        if (value.isNull()) {
            return "null";
        }
        return "a string";
    }

    private static String describe(JsonNode value) {
        return value.isString() ? quoted(value) : article(value);
    }

    private static String quoted(JsonNode value) {
        String text = value.isString() ? value.asString() : value.toString();
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }

    private static String enumWords(JsonNode values) {
        List<String> words = new ArrayList<>();
        for (Iterator<JsonNode> it = values.iterator(); it.hasNext(); ) {
            words.add(it.next().asString());
        }
        return String.join(", ", words);
    }

    /** networknt's message without the instance location it starts with. */
    private static String stripped(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("/") || message.startsWith("$") ? message.substring(colon + 2)
                : message;
    }

    private static SourceSpan syntaxSpan(TextFile file, JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getCharOffset() < 0) {
            return file.lines().span(0, 0);
        }
        long offset = Math.min(e.getLocation().getCharOffset(), file.text().length());
        return file.lines().span((int) offset, 0);
    }

    private static String syntax(JacksonException e) {
        String raw = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
        String first = raw.lines().findFirst().orElse(raw).strip();
        if (first.startsWith("Duplicate Object property")) {
            return "a key appears twice" + first.substring("Duplicate Object property".length())
                    .replaceFirst("^\\s*", " ");
        }
        if (first.contains("was expecting double-quote to start property name")) {
            return "expected a key in double quotes (a comma before the closing brace is one too many)";
        }
        // Jackson names a character as ('}' (code 125)) or (CTRL-CHAR, code 10): keep the character only
        first = first.replaceAll("\\s*\\((?:CTRL-CHAR, )?code \\d+\\)", "").replace("((", "(").replace("))", ")");
        return first.isEmpty() ? "unreadable input" : Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }

    private static JsonNode load(String name) {
        try (InputStream in = PluginManifestRule.class.getResourceAsStream(SCHEMAS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + SCHEMAS + name);
            }
            return Kinds.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + SCHEMAS + name, e);
        }
    }
}
