package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small helpers the spec rules share: reading front-matter values and wording them in messages. */
final class Fields {
    /** Problems after which the front matter's entries cannot be trusted, so field rules stay quiet. */
    private static final Set<ProblemCode> UNREADABLE_FRONTMATTER =
            Set.of(ProblemCode.YAML_SYNTAX, ProblemCode.YAML_NOT_MAPPING, ProblemCode.YAML_LIMIT);
    private static final int QUOTE_LIMIT = 60;

    private Fields() {
    }

    /**
     * @param skill a skill
     * @return whether its front matter was found, closed and read as a mapping, so field rules apply;
     *         when not, the structural rules (SP003, SP004, SP005) have already said why
     */
    static boolean readable(Skill skill) {
        Frontmatter fm = skill.frontmatter();
        return fm.present() && fm.closed() && skill.problems().stream()
                .noneMatch(p -> UNREADABLE_FRONTMATTER.contains(p.code())
                        && p.span().path().equals(skill.skillFile().path()));
    }

    /**
     * @param skill a skill
     * @param key a top-level key
     * @return the entry when the front matter is readable and has the key
     */
    static Optional<YamlEntry> entry(Skill skill, String key) {
        return readable(skill) ? skill.frontmatter().entry(key) : Optional.empty();
    }

    /**
     * @param value a YAML value
     * @return the value as text when it is a string scalar
     */
    static Optional<String> string(YamlValue value) {
        return value instanceof YamlScalar s && s.isString() ? Optional.of(s.text()) : Optional.empty();
    }

    /**
     * @param value a YAML value
     * @return whether it is null or a string of only whitespace
     */
    static boolean blank(YamlValue value) {
        return value instanceof YamlScalar s
                && (s.type() == YamlScalar.Type.NULL || (s.isString() && s.text().isBlank()));
    }

    /**
     * @param text any text
     * @return its length in Unicode code points, as Python's {@code len} and the spec count it
     */
    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * @param text any text
     * @return the text in Unicode normalisation form NFKC, as skills-ref compares names
     */
    static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * @param text text to show in a message
     * @return the text in single quotes, cut to 60 characters with an ellipsis, line breaks shown as spaces
     */
    static String quote(String text) {
        String flat = text.replace("\r", "").replace('\n', ' ');
        if (codePoints(flat) > QUOTE_LIMIT) {
            flat = flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
        }
        return "'" + flat + "'";
    }

    /**
     * Says what a value is, for "must be a string, but ..." messages.
     *
     * @param value a YAML value
     * @return e.g. "YAML reads 2024 as a number", "it is a list"
     */
    static String whatItIs(YamlValue value) {
        if (value instanceof YamlScalar s) {
            return switch (s.type()) {
                case INTEGER, FLOAT -> "YAML reads " + s.text() + " as a number";
                case BOOLEAN -> "YAML reads " + s.text() + " as a boolean";
                case NULL -> "it has no value";
                case STRING -> "it is a string";
            };
        }
        return value instanceof YamlSequence ? "it is a list" : "it is a mapping";
    }

    /**
     * @param value a YAML value
     * @return whether it is a scalar that quoting would turn into a string (a number or boolean)
     */
    static boolean quotable(YamlValue value) {
        return value instanceof YamlScalar s
                && (s.type() == YamlScalar.Type.INTEGER || s.type() == YamlScalar.Type.FLOAT
                || s.type() == YamlScalar.Type.BOOLEAN);
    }

    /**
     * @param value a YAML value
     * @param entry the entry holding it
     * @return the tightest span for the value: the value itself, or the key when the value is empty
     */
    static SourceSpan valueSpan(YamlValue value, YamlEntry entry) {
        if (value instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL && s.span().length() > 0) {
            return s.span();
        }
        return entry.keySpan();
    }

    /**
     * @param items words
     * @param conjunction "and" or "or"
     * @return "a, b and c"
     */
    static String join(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /**
     * @param value a mapping's value
     * @return the mapping, if it is one
     */
    static Optional<YamlMapping> mapping(YamlValue value) {
        return value instanceof YamlMapping m ? Optional.of(m) : Optional.empty();
    }
}
