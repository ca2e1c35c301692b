package dev.skillpack.validator.rules.concise;

import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.rule.RuleOptions;

/** The {@code extra-phrases} and {@code ignored-phrases} options every phrase-list rule takes. */
final class PhraseOptions {
    private PhraseOptions() {
    }

    /**
     * @param list a rule's built-in phrases
     * @param options the rule's options
     * @return the list adjusted by those options (the list itself when both are empty)
     */
    static PhraseList apply(PhraseList list, RuleOptions options) {
        return list.with(options.stringList("extra-phrases"), options.stringList("ignored-phrases"));
    }
}
