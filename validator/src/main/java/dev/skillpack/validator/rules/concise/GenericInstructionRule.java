package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.Concreteness;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SP302: an instruction a capable model follows anyway ("Be thorough.", "Think step by step.", "You are
 * an expert engineer."). Reported only when the phrase is nearly the whole sentence.
 */
public final class GenericInstructionRule implements Rule {
    private static final PhraseList PHRASES = PhraseList.load("generic-instructions.txt");
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:would|will|can|could|to|should|may|might|must|not|never|cannot|if|whether|how)|n't|n’t)\\s+$");
    private static final Pattern ELABORATED_AFTER = Pattern.compile("^\\s*(?::|—|–|\\s-\\s)\\s*\\S+\\s+\\S+\\s+\\S+");
    private static final Set<String> FILLER_WORDS = Set.of("always", "please", "and", "also", "just", "the", "a", "an",
            "you", "should", "must", "to", "be", "so", "now", "then", "here", "it", "this", "that", "really", "very",
            "all", "times", "at", "every", "time", "first", "remember", "of", "your", "in", "on", "with", "for",
            "but", "or", "too", "again", "still", "important", "note", "need", "needs", "is", "are", "do", "try",
            "make", "sure", "task", "work", "when", "while", "answering", "responding", "writing", "working");

    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more generic instructions to report (literal text)");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in phrases not to report, as listed in the docs");
    private static final OptionKey<Integer> MAX_OTHER_WORDS = OptionKey.integer("max-other-words", 0,
            "how many other content words the sentence may have besides the phrase");
    private static final RuleMeta META = RuleMeta.of("SP302", "generic-instruction", Category.CONCISE,
            Severity.WARNING,
            "A sentence tells the model what it does anyway, such as \"Be thorough.\" or \"Think step by step.\"",
            EXTRA_PHRASES, IGNORED_PHRASES, MAX_OTHER_WORDS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        PhraseList phrases = PhraseOptions.apply(PHRASES, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        int maxOther = context.options().get(MAX_OTHER_WORDS);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            for (Sentence sentence : doc.instructingSentences()) {
                String text = sentence.unquoted();
                for (PhraseList.Match match : phrases.find(text, doc.lowered(sentence))) {
                    String before = text.substring(0, match.start());
                    String after = text.substring(match.end());
                    if (MODAL_BEFORE.matcher(before).find() || ELABORATED_AFTER.matcher(after).find()
                            || Concreteness.specific(before + " " + after)) {
                        continue;
                    }
                    long others = Sentence.words(before + " " + after).stream()
                            .filter(w -> !FILLER_WORDS.contains(w)).count();
                    if (others > maxOther) {
                        continue;
                    }
                    String quoted = Snippet.of(fileText, sentence.start() + match.start(), sentence.start() + match.end());
                    context.report(doc.span(sentence.start() + match.start(), match.end() - match.start()),
                            "\"" + quoted + "\" is something the model does anyway, so it only costs tokens;"
                                    + " cut it, or replace it with the specific check you want");
                }
            }
        }
    }
}
