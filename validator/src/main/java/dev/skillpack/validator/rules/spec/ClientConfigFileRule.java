package dev.skillpack.validator.rules.spec;

import com.networknt.schema.Error;
import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.parse.SafeYaml;
import dev.skillpack.validator.internal.Suggestions;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * SP027: a client's configuration file beside SKILL.md, such as Codex's {@code agents/openai.yaml}, must
 * be valid YAML holding only the keys that client reads, with the documented types and forms. Codex
 * ignores the whole file when it cannot read it, so one typo silently drops the skill's display name,
 * invocation policy and tool dependencies. The file is checked whatever the target: its name already
 * says which client it is for. It is read with the safe YAML loader, turned into JSON and validated by
 * networknt's json-schema-validator against the client's JSON Schema ({@code schemas/codex-openai.schema.json});
 * each schema error is reported in our words at the YAML key or value its JSON Pointer names.
 */
public final class ClientConfigFileRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP027", "client-config-file", Category.SPEC,
            Severity.ERROR, "A client configuration file such as agents/openai.yaml is not valid YAML, has an "
                    + "unknown key, or a value of the wrong type or form.");
    private static final SafeYaml YAML = new SafeYaml(ParseLimits.defaults());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (ClientProfile profile : ClientProfile.all()) {
            Optional<ClientProfile.AgentConfig> config = profile.agentConfig();
            Optional<Resource> resource = config.flatMap(c -> skill.resource(c.path()));
            Optional<Bytes> content = resource.flatMap(Resource::content);
            if (content.isEmpty()) {
                continue; // no such file, or too large to read (SP022 reports that)
            }
            Resource file = resource.get();
            if (file.kind() == Resource.Kind.BINARY) {
                context.report(SourceSpan.wholeFile(file.path()), config.get().path() + " is not UTF-8 text; "
                        + profile.client() + " ignores it. Save it as UTF-8");
                continue;
            }
            check(file.textFile().orElseThrow(), config.get(), profile, context);
        }
    }

    private static void check(TextFile file, ClientProfile.AgentConfig config, ClientProfile profile,
                              RuleContext context) {
        if (file.text().lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
            return; // an empty file sets nothing, whether the client reads it or skips it
        }
        SafeYaml.Result result = YAML.read(file.lines(), file.text(), 0, file.text().length(), config.path());
        for (ParseProblem problem : result.problems()) {
            context.report(problem.span(), problem.message() + "; " + profile.client() + " ignores the whole file");
        }
        if (result.root().isEmpty()) {
            return;
        }
        YamlLocations yaml = YamlLocations.of(result.root().get(), file.lines().span(0, 0));
        ClientFileSchema schema = config.schema();
        Set<String> reported = new HashSet<>();
        for (Error error : schema.validate(yaml.tree())) {
            String pointer = ClientFileSchema.pointer(error);
            if (reported.add(pointer + " " + error.getKeyword() + " " + error.getProperty())) {
                report(error, pointer, yaml, schema, config.path(), profile.client(), context);
            }
        }
    }

    /** One schema error in our words: which key or value, what is wrong, what the client does about it. */
    private static void report(Error error, String pointer, YamlLocations yaml, ClientFileSchema schema,
                               String file, String client, RuleContext context) {
        String label = label(pointer);
        YamlValue value = yaml.yaml(pointer).orElse(null);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                String child = JsonLocations.child(pointer, key);
                List<String> known = schema.knownKeys(error);
                context.report(yaml.key(child).orElse(yaml.value(child)), "unknown key '" + key + "' in "
                        + (pointer.isEmpty() ? file : "'" + label + "'") + guess(key, known) + "; "
                        + client + " reads " + Fields.join(known, "and"));
            }
            case "required" -> context.report(yaml.value(pointer), (pointer.isEmpty() ? file : "'" + label + "'")
                    + " has no '" + error.getProperty() + "'; " + client + " requires it");
            case "type" -> context.report(yaml.value(pointer), typeMessage(label, value, error.getSchemaNode()));
            case "maxLength" -> context.report(yaml.value(pointer), "'" + label + "' is "
                    + Fields.codePoints(text(value)) + " characters; " + client + " reads at most "
                    + error.getSchemaNode().asInt());
            case "pattern" -> context.report(yaml.value(pointer), "'" + label + "' is " + Fields.quote(text(value))
                    + "; " + client + " expects " + schema.hint(error).orElse("another form"));
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                error.getSchemaNode().forEach(v -> allowed.add(v.asString()));
                context.report(yaml.value(pointer), "'" + label + "' is " + Fields.quote(text(value)) + "; "
                        + client + " accepts " + Fields.join(allowed, "or"));
            }
            default -> context.report(yaml.value(pointer), "'" + label + "' is not what " + client
                    + " reads there (the schema's '" + keyword + "' check fails; see " + schema.name() + ")");
        }
    }

    /** " (did you mean 'policy'?)" for a key one or two edits from a known one, else "". */
    private static String guess(String key, List<String> known) {
        String suggestion = Suggestions.suggest(key, known);
        return suggestion.isEmpty() ? "" : " (" + suggestion.replaceFirst("^[;,]?\\s*", "") + ")";
    }

    private static String typeMessage(String label, YamlValue value, JsonNode types) {
        List<String> wanted = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(t -> wanted.add(t.asString()));
        } else {
            wanted.add(types.asString());
        }
        List<String> phrases = wanted.stream().map(ClientConfigFileRule::phrase).toList();
        String message = (label.isEmpty() ? "the file" : "'" + label + "'") + " must be " + Fields.join(phrases, "or")
                + ", but " + (value == null ? "it is something else" : Fields.whatItIs(value));
        if (wanted.contains("string") && value != null && Fields.quotable(value)) {
            message += "; quote it: \"" + ((YamlScalar) value).text() + "\"";
        } else if (wanted.contains("boolean") && value instanceof YamlScalar) {
            message += "; write true or false";
        }
        return message;
    }

    private static String phrase(String type) {
        return switch (type) {
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "object" -> "a mapping";
            case "array" -> "a list";
            default -> "a number";
        };
    }

    private static String text(YamlValue value) {
        return value instanceof YamlScalar s ? s.text() : "";
    }

    /** "/dependencies/tools/0/value" as "dependencies.tools[0].value". */
    private static String label(String pointer) {
        StringBuilder out = new StringBuilder();
        if (pointer.isEmpty()) {
            return "";
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String part = raw.replace("~1", "/").replace("~0", "~");
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part);
            }
        }
        return out.toString();
    }
}
