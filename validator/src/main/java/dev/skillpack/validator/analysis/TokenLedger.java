package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.tokens.TokenCounter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/**
 * Exact token counts of a skill's files, each counted at most once however many rules ask, with the
 * tokenizer of the run. Rules ask only when a budget decision depends on the exact figure (a UTF-8
 * size bound settles the rest), so most files are never tokenized. Thread-safe: two rules asking for the same file at once
 * share one count.
 */
public final class TokenLedger {
    private final TokenCounter counter;
    private final Map<String, Integer> counted = new ConcurrentHashMap<>();

    /** @param counter the run's token counter */
    public TokenLedger(TokenCounter counter) {
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    /** @return the counter the ledger counts with */
    public TokenCounter counter() {
        return counter;
    }

    /**
     * @param file a text file of the skill under check
     * @return its exact token count, counted on the first call for that file
     */
    public int count(Resource file) {
        return counted.computeIfAbsent(file.relativePath(), path -> counter.count(file.text()));
    }
}
