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
    /** o200k_base only: counts each distinct piece once (set with {@link #encoding}). */
    private volatile PieceCounter pieces;

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
                    if (tokenizer == Tokenizer.O200K_BASE) {
                        pieces = new PieceCounter(loaded);
                    }
                    encoding = loaded;
                }
            }
        }
        return loaded;
    }

    /** @return whether the vocabulary has been loaded (by a count that needed it) */
    boolean loaded() {
        return encoding != null;
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
        if (text.isEmpty()) {
            return 0;
        }
        Encoding loaded = encoding();
        PieceCounter memo = pieces;
        return memo != null ? memo.count(text) : loaded.countTokensOrdinary(text);
    }

    /**
     * Decides whether a text exceeds a token budget, tokenizing only when no cheap bound decides: its
     * UTF-8 size (every token covers at least one byte), then, before this counter's vocabulary is
     * loaded, the vocabulary-free bound of {@link TokenBound} (o200k_base only). Once the vocabulary is
     * loaded an exact count costs about what the bound does, so it counts exactly.
     *
     * @param text any text
     * @param budget the budget
     * @return the exact count when the text exceeds the budget; otherwise -1 (known to fit)
     */
    public int countIfOver(String text, long budget) {
        if (fitsBySize(text, budget)) {
            return -1;
        }
        int tokens = count(text);
        return tokens > budget ? tokens : -1;
    }

    /**
     * @param text any text
     * @param budget a budget
     * @return true when a bound proves the text fits the budget without counting it (a false answer
     *         decides nothing)
     */
    public boolean fitsBySize(String text, long budget) {
        return upperBound(text, budget) <= budget;
    }

    /**
     * An upper bound on the text's token count that needs no tokenizing: its UTF-8 size, or, before the
     * vocabulary is loaded, the tighter bound of {@link TokenBound} (o200k_base only).
     *
     * @param text any text
     * @param stopAbove work stops once the bound is known to exceed this; the answer is then some value above it
     * @return the bound
     */
    public long upperBound(String text, long stopAbove) {
        long bytes = TokenBound.utf8Length(text);
        if (bytes <= stopAbove || encoding != null || tokenizer != Tokenizer.O200K_BASE) {
            return bytes;
        }
        return Math.min(bytes, TokenBound.o200kUpper(text, stopAbove));
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
