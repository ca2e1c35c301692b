package dev.skillpack.core.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import java.util.Objects;

/**
 * Counts tokens exactly, as OpenAI's tiktoken does with {@code encode_ordinary} (special-token text
 * such as {@code <|endoftext|>} counts as ordinary text), or estimates them cheaply. Thread-safe.
 */
public final class TokenCounter {
    private static final class Registry {
        // loading a vocabulary takes time and memory, so it happens once, on first use
        static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
    }

    private final Tokenizer tokenizer;
    /** Loaded on the first count, so a run that never needs an exact count never reads a vocabulary. */
    private volatile Encoding encoding;

    private TokenCounter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * @param tokenizer the tokenizer
     * @return a counter for it
     */
    public static TokenCounter of(Tokenizer tokenizer) {
        return new TokenCounter(Objects.requireNonNull(tokenizer, "tokenizer"));
    }

    /** @return a counter for o200k_base */
    public static TokenCounter defaultCounter() {
        return of(Tokenizer.O200K_BASE);
    }

    private Encoding encoding() {
        Encoding loaded = encoding;
        if (loaded == null) {
            synchronized (this) {
                loaded = encoding;
                if (loaded == null) {
                    loaded = Registry.INSTANCE.getEncoding(tokenizer.encoding());
                    encoding = loaded;
                }
            }
        }
        return loaded;
    }

    /** @return the tokenizer this counter uses */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * @param text any text
     * @return the exact number of tokens
     */
    public int count(String text) {
        return text.isEmpty() ? 0 : encoding().countTokensOrdinary(text);
    }

    /**
     * A fast estimate: one token per four characters, rounded up.
     *
     * @param text any text
     * @return the estimated number of tokens
     */
    public static int estimate(String text) {
        return (text.length() + 3) / 4;
    }
}
