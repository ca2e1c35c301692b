package dev.skillpack.validator.rules.concise;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/** The built-in concise rules, listed explicitly. */
public final class ConciseRules {
    private ConciseRules() {
    }

    /** @return every concise rule */
    public static List<Rule> all() {
        return List.of(
                new WeakLanguageRule(),
                new GenericInstructionRule(),
                new EmphasisDensityRule(),
                new PlaceholderRule(),
                new RepeatedDirectiveRule(),
                new DuplicatedContentRule(),
                new ContradictionRule(),
                new ProhibitionWithoutAlternativeRule(),
                new DirectiveCountRule(),
                new InconsistentTermsRule(),
                new DescriptionPersonRule(),
                new DescriptionKeywordStuffingRule(),
                new DescriptionRestatesNameRule(),
                new VagueNameRule(),
                new SectionLengthRule(),
                new TimeSensitiveRule(),
                new TooManyOptionsRule(),
                new VagueInstructionRule(),
                new FillerPhraseRule(),
                new LongSentenceRule());
    }
}
