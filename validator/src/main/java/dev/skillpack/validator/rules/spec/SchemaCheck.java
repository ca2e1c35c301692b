package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Checks YAML values against {@link FieldSchema}s and reports each mismatch where it is written. */
final class SchemaCheck {
    private final String client;
    private final BiConsumer<SourceSpan, String> report;

    /**
     * @param client the client's name for messages, e.g. "Claude Code"
     * @param report where mismatches go
     */
    SchemaCheck(String client, BiConsumer<SourceSpan, String> report) {
        this.client = client;
        this.report = report;
    }

    /**
     * Checks a mapping's keys: unknown keys (when the schema lists keys and allows no others), required
     * keys, and each known key's value.
     *
     * @param mapping the mapping
     * @param schema its schema
     * @param where how messages name the mapping: "agents/openai.yaml" or "'interface'"
     * @param label dotted path prefix of its keys ("" at the top)
     * @param anchor span to report missing keys at
     */
    void checkMapping(YamlMapping mapping, FieldSchema schema, String where, String label, SourceSpan anchor) {
        for (YamlEntry entry : mapping.entries()) {
            FieldSchema child = schema.keys().get(entry.key());
            if (child != null) {
                check(entry.value(), child, label + entry.key(), entry.keySpan());
            } else if (!schema.otherKeys()) {
                report.accept(entry.keySpan(), "unknown key '" + entry.key() + "' in " + where + "; " + client
                        + " reads " + Fields.join(List.copyOf(schema.keys().keySet()), "and"));
            }
        }
        for (String key : schema.required()) {
            if (mapping.entry(key).isEmpty()) {
                report.accept(anchor, where + " has no '" + key + "'; " + client + " requires it");
            }
        }
    }

    /**
     * Checks one value.
     *
     * @param value the value
     * @param schema its schema
     * @param label its dotted path, e.g. "interface.brand_color"
     * @param keySpan where its key is written, used when the value has no span of its own
     */
    void check(YamlValue value, FieldSchema schema, String label, SourceSpan keySpan) {
        if (value instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
            return;
        }
        Optional<FieldSchema.Kind> kind = kindOf(value);
        SourceSpan span = value instanceof YamlScalar s && s.span().length() > 0 ? s.span() : keySpan;
        if (kind.isEmpty() || !schema.types().contains(kind.get())) {
            List<String> phrases = new ArrayList<>();
            schema.types().stream().sorted().forEach(t -> phrases.add(t.phrase()));
            String message = "'" + label + "' must be " + Fields.join(phrases, "or") + ", but " + Fields.whatItIs(value);
            if (schema.types().contains(FieldSchema.Kind.STRING) && Fields.quotable(value)) {
                message += "; quote it: \"" + ((YamlScalar) value).text() + "\"";
            } else if (schema.types().contains(FieldSchema.Kind.BOOLEAN) && value instanceof YamlScalar) {
                message += "; write true or false";
            }
            report.accept(span, message);
            return;
        }
        switch (kind.get()) {
            case STRING -> checkString(((YamlScalar) value).text(), schema, label, span);
            case MAPPING -> checkMapping((YamlMapping) value, schema, "'" + label + "'", label + ".", keySpan);
            case LIST -> {
                List<YamlValue> items = ((YamlSequence) value).items();
                for (int i = 0; i < items.size(); i++) {
                    final int index = i;
                    schema.items().ifPresent(item -> check(items.get(index), item, label + "[" + index + "]", keySpan));
                }
            }
            default -> {
            }
        }
    }

    private void checkString(String text, FieldSchema schema, String label, SourceSpan span) {
        if (!schema.values().isEmpty() && !schema.values().contains(text)) {
            report.accept(span, "'" + label + "' is " + Fields.quote(text) + "; " + client + " accepts "
                    + Fields.join(schema.values(), "or"));
            return;
        }
        int length = Fields.codePoints(text);
        if (schema.maxLength() > 0 && length > schema.maxLength()) {
            report.accept(span, "'" + label + "' is " + length + " characters; " + client + " reads at most "
                    + schema.maxLength());
        }
        schema.pattern().filter(p -> !p.matcher(text).matches()).ifPresent(p -> report.accept(span,
                "'" + label + "' is " + Fields.quote(text) + "; " + client + " expects " + schema.patternHint()));
    }

    private static Optional<FieldSchema.Kind> kindOf(YamlValue value) {
        if (value instanceof YamlMapping) {
            return Optional.of(FieldSchema.Kind.MAPPING);
        }
        if (value instanceof YamlSequence) {
            return Optional.of(FieldSchema.Kind.LIST);
        }
        YamlScalar s = (YamlScalar) value;
        return switch (s.type()) {
            case STRING -> Optional.of(FieldSchema.Kind.STRING);
            case BOOLEAN -> Optional.of(FieldSchema.Kind.BOOLEAN);
            case INTEGER, FLOAT -> Optional.of(FieldSchema.Kind.NUMBER);
            case NULL -> Optional.empty();
        };
    }
}
