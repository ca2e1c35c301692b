package dev.skillpack.core.model;

import java.util.Objects;

/**
 * A scalar value: its text as YAML resolved it, and the type YAML gave it.
 *
 * @param text the scalar's value ("" for null)
 * @param type the resolved type
 * @param span where the value is written
 */
public record YamlScalar(String text, Type type, SourceSpan span) implements YamlValue {

    /** The types a YAML 1.2 core-schema scalar resolves to. */
    public enum Type {
        /** Quoted or plain text. */
        STRING,
        /** An integer such as {@code 3}. */
        INTEGER,
        /** A floating point number such as {@code 1.0}. */
        FLOAT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}, {@code ~} or nothing. */
        NULL
    }

    /** Validates the fields. */
    public YamlScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String typeName() {
        return switch (type) {
            case STRING -> "string";
            case INTEGER, FLOAT -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
        };
    }

    /** @return whether this is a string */
    public boolean isString() {
        return type == Type.STRING;
    }
}
