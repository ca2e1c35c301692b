package dev.skillpack.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fenced or indented code block.
 *
 * @param info the whole info string after the opening fence ("" when none or indented)
 * @param code the code, without fences
 * @param fenced whether it is a fenced block
 * @param closed whether a fenced block has its closing fence (an unclosed fence runs to the end of the file)
 * @param container where the block sits
 * @param span where the block is written, fences included
 */
public record CodeExample(String info, String code, boolean fenced, boolean closed, Container container,
                          SourceSpan span) implements Block {

    /** Validates the fields. */
    public CodeExample {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(span, "span");
    }

    /** @return the language: the first word of the info string, lower-cased, if any */
    public Optional<String> language() {
        String trimmed = info.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        int space = trimmed.indexOf(' ');
        String word = space < 0 ? trimmed : trimmed.substring(0, space);
        if (word.startsWith("{") || word.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** @return the words of the info string after the language, e.g. {@code fragment} */
    public List<String> attributes() {
        String trimmed = info.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? List.of() : List.of(trimmed.substring(space + 1).strip().split("\\s+"));
    }
}
