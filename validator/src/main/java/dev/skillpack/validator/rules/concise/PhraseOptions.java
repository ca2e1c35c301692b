package dev.skillpack.validator.rules.concise;

import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.RuleOptions;
import java.util.List;

/** The {@code extra-phrases} and {@code ignored-phrases} options every phrase-list rule takes. */
final class PhraseOptions {
    private PhraseOptions() {
    }

    /**
     * @param list a rule's built-in phrases
     * @param options the rule's options
     * @param extra the rule's {@code extra-phrases} key
     * @param ignored the rule's {@code ignored-phrases} key
     * @return the list adjusted by those options (the list itself when both are empty)
     */
    static PhraseList apply(PhraseList list, RuleOptions options, OptionKey<List<String>> extra,
                            OptionKey<List<String>> ignored) {
        return list.with(options.get(extra), options.get(ignored));
    }
}
