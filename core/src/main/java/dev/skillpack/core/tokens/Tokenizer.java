package dev.skillpack.core.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.Locale;
import java.util.Optional;

/** The tokenizers skillpack counts with. */
public enum Tokenizer {
    /** OpenAI's o200k_base (GPT-4o and later); the default. */
    O200K_BASE("o200k_base", EncodingType.O200K_BASE),
    /** OpenAI's cl100k_base (GPT-4, GPT-3.5). */
    CL100K_BASE("cl100k_base", EncodingType.CL100K_BASE);

    private final String id;
    private final EncodingType encoding;

    Tokenizer(String id, EncodingType encoding) {
        this.id = id;
        this.encoding = encoding;
    }

    /** @return the name used in configuration and reports, e.g. {@code o200k_base} */
    public String id() {
        return id;
    }

    EncodingType encoding() {
        return encoding;
    }

    /**
     * @param id a name such as {@code o200k_base} (case-insensitive)
     * @return the tokenizer, if known
     */
    public static Optional<Tokenizer> byId(String id) {
        for (Tokenizer t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
