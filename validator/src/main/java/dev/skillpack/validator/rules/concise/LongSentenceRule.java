package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;

/**
 * SP320: a sentence so long that the instruction in it is hard to find. A code span or a quotation
 * counts as one word; examples and quotations are not read.
 */
public final class LongSentenceRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP320", "long-sentence", Category.CONCISE, Severity.INFO,
            "A sentence is longer than the set number of words.",
            OptionSpec.integer("max-words", 70, "most words a sentence may have"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** A flow drawn with arrows in a paragraph ("Plan → Build ↓ Test") is a diagram, not a sentence. */
    private static boolean diagram(String text) {
        return text.chars().filter(c -> c == '→' || c == '↓' || c == '←' || c == '↑' || c == '⇒').count() >= 3
                || text.split("->|=>").length > 3;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().integer("max-words");
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            for (Sentence sentence : doc.instructingSentences()) {
                int words = sentence.wordCount();
                if (words > max && !diagram(sentence.text())) {
                    context.report(doc.span(sentence.start(), sentence.end() - sentence.start()),
                            "sentence of " + words + " words (the limit is " + max + "): \""
                                    + Snippet.of(fileText, sentence.start(), sentence.end())
                                    + "\"; split it so each instruction stands on its own");
                }
            }
        }
    }
}
