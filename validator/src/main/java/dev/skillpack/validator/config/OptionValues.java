package dev.skillpack.validator.config;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.rule.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts the YAML written for a rule option to the option's declared type, with the message for a
 * value of the wrong type, in one place.
 */
final class OptionValues {

    /** Receives a problem at a place in the config file. */
    interface Problems {
        void add(SourceSpan span, String message);
    }

    private OptionValues() {
    }

    /**
     * @param value the YAML value written for the option
     * @param spec the option
     * @param id the rule's id, for messages
     * @param problems receives a problem for a value of the wrong type
     * @return the value converted to the option's type, if it has that type
     */
    static Optional<Object> convert(YamlValue value, OptionSpec spec, String id, Problems problems) {
        String what = "option " + spec.name() + " of " + id;
        switch (spec.type()) {
            case INTEGER -> {
                if (value instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER) {
                    try {
                        return Optional.of(Integer.parseInt(s.text().strip()));
                    } catch (NumberFormatException e) {
                        problems.add(s.span(), what + " is out of range: " + s.text());
                        return Optional.empty();
                    }
                }
                return wrong(value, what, problems, "a whole number");
            }
            case NUMBER -> {
                if (value instanceof YamlScalar s
                        && (s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.FLOAT)) {
                    try {
                        return Optional.of(Double.parseDouble(s.text().strip()));
                    } catch (NumberFormatException e) {
                        problems.add(s.span(), what + " is not a number: " + s.text());
                        return Optional.empty();
                    }
                }
                return wrong(value, what, problems, "a number");
            }
            case BOOLEAN -> {
                if (value instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOLEAN) {
                    return Optional.of(Boolean.parseBoolean(s.text().strip().toLowerCase(Locale.ROOT)));
                }
                return wrong(value, what, problems, "true or false");
            }
            case STRING -> {
                if (value instanceof YamlScalar s && isTextual(s)) {
                    return Optional.of(s.text());
                }
                return wrong(value, what, problems, "a string");
            }
            case STRING_LIST -> {
                if (value instanceof YamlSequence seq) {
                    List<String> items = new ArrayList<>();
                    for (YamlValue item : seq.items()) {
                        if (item instanceof YamlScalar s && isTextual(s)) {
                            items.add(s.text());
                        } else {
                            problems.add(item.span(), what + " must be a list of strings; this item is a "
                                    + item.typeName());
                            return Optional.empty();
                        }
                    }
                    return Optional.of(List.copyOf(items));
                }
                return wrong(value, what, problems, "a list of strings");
            }
            case STRING_MAP -> {
                if (value instanceof YamlMapping map) {
                    Map<String, String> items = new LinkedHashMap<>();
                    for (YamlEntry e : map.entries()) {
                        if (e.value() instanceof YamlScalar s && isTextual(s)) {
                            items.put(e.key(), s.text());
                        } else {
                            problems.add(e.value().span(), what + " must map strings to strings; '" + e.key()
                                    + "' holds a " + e.value().typeName());
                            return Optional.empty();
                        }
                    }
                    return Optional.of(java.util.Collections.unmodifiableMap(items));
                }
                return wrong(value, what, problems, "a mapping of strings to strings");
            }
            default -> throw new IllegalStateException("option type " + spec.type());
        }
    }

    private static boolean isTextual(YamlScalar s) {
        return s.type() == YamlScalar.Type.STRING || s.type() == YamlScalar.Type.INTEGER
                || s.type() == YamlScalar.Type.FLOAT;
    }

    private static Optional<Object> wrong(YamlValue value, String what, Problems problems, String expected) {
        String shown = value instanceof YamlScalar s ? " " + s.typeName() + " '" + s.text() + "'"
                : " " + value.typeName();
        problems.add(value.span(), what + " must be " + expected + ", not the" + shown);
        return Optional.empty();
    }
}
