package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.rule.RuleContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether a text fits a token budget while tokenizing as little as possible: a bound that needs
 * no tokenizing ({@link TokenCounter#upperBound}: every token covers at least one UTF-8 byte, and before the
 * vocabulary is loaded a tighter one from the tokenizer's own pre-split) settles most texts; the rest are
 * counted exactly.
 */
final class TokenBudget {
    private TokenBudget() {
    }

    /**
     * @param files text files of the skill under check
     * @param budget the budget for all of them together
     * @param context the asking rule's context
     * @return each file's exact count, in file order, when together they might exceed the budget; empty when
     *         their bounds already show that they fit
     */
    static Optional<Map<Resource, Integer>> countIfOver(List<Resource> files, long budget, RuleContext context) {
        if (fitTogether(files.stream().map(Resource::text).toList(), budget, context.tokens())) {
            return Optional.empty();
        }
        Map<Resource, Integer> tokens = new LinkedHashMap<>();
        for (Resource r : files) {
            tokens.putIfAbsent(r, count(r, context));
        }
        return Optional.of(tokens);
    }

    /**
     * @param texts texts that share one budget
     * @param budget the budget for all of them together
     * @param counter the run's counter
     * @return true when the sum of their bounds ({@link TokenCounter#upperBound}) shows they fit, without counting
     */
    static boolean fitTogether(List<String> texts, long budget, TokenCounter counter) {
        long bound = 0;
        for (String text : texts) {
            bound += counter.upperBound(text, budget - bound);
            if (bound > budget) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param tokens counts from {@link #countIfOver(List, long, RuleContext)}
     * @return their sum
     */
    static long total(Map<Resource, Integer> tokens) {
        return tokens.values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * @param tokens counts from {@link #countIfOver(List, long, RuleContext)}
     * @return the three largest files with their counts, largest first: "a.md 9,000, b.md 4,100, c.md 800"
     */
    static String largest(Map<Resource, Integer> tokens) {
        return tokens.entrySet().stream().sorted(Map.Entry.<Resource, Integer>comparingByValue(
                Comparator.reverseOrder())).limit(3)
                .map(e -> e.getKey().relativePath() + " " + format(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The exact token count of a file of the skill, counted once per skill however many rules ask.
     *
     * @param file a text file of the skill under check
     * @param context the asking rule's context
     * @return the file's token count
     */
    static int count(Resource file, RuleContext context) {
        return context.analysis().tokens().count(file);
    }

    /**
     * @param file a text file of the skill under check
     * @param budget the budget
     * @param context the asking rule's context
     * @return the exact count when the file might exceed the budget; otherwise -1 (known to fit)
     */
    static int countIfOver(Resource file, long budget, RuleContext context) {
        if (context.tokens().fitsBySize(file.text(), budget)) {
            return -1;
        }
        int tokens = count(file, context);
        return tokens > budget ? tokens : -1;
    }

    /**
     * @param n a number
     * @return the number with thousands separators, e.g. 6,074
     */
    static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * @param bytes a size
     * @return the size for people: 11.2 MiB, 40 KiB or 178 bytes
     */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%d KiB", bytes / 1024) : bytes + " bytes";
    }
}
