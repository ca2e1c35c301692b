package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SP320: a sentence so long that the instruction in it is hard to find. A code span or a quotation
 * counts as one word; examples and quotations are not read.
 */
public final class LongSentenceRule implements Rule {
    private static final OptionKey<Integer> MAX_WORDS = OptionKey.integer("max-words", 70,
            "most words a sentence may have");
    private static final RuleMeta META = RuleMeta.of("SP320", "long-sentence", Category.CONCISE, Severity.INFO,
            "A sentence is longer than the set number of words.",
            MAX_WORDS);

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
        int max = context.options().get(MAX_WORDS);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            for (Sentence whole : doc.instructingSentences()) {
                for (Sentence sentence : lineItems(whole)) {
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

    private static final Pattern LABEL = Pattern.compile("\\S+(?: \\S+){0,3}:\\s");

    /**
     * Lines of one paragraph written as separate items, with no full stop between them, are read as
     * separate sentences: each line starts with a capital and either the same first word as the line
     * before ("For High A: …" / "For High B: …") or a short label and a colon, and the line before ends
     * without punctuation that carries the sentence on.
     */
    static List<Sentence> lineItems(Sentence sentence) {
        String text = sentence.unquoted();
        List<Sentence> parts = new ArrayList<>();
        int from = 0;
        int lineStart = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            String before = text.substring(lineStart, nl).strip();
            int next = text.indexOf('\n', nl + 1);
            String after = text.substring(nl + 1, next < 0 ? text.length() : next).strip();
            if (separateItems(before, after)) {
                parts.add(new Sentence(sentence.block(), sentence.start() + from, sentence.start() + nl));
                from = nl + 1;
            }
            lineStart = nl + 1;
        }
        if (parts.isEmpty()) {
            return List.of(sentence);
        }
        parts.add(new Sentence(sentence.block(), sentence.start() + from, sentence.end()));
        return parts;
    }

    private static boolean separateItems(String before, String after) {
        if (before.isEmpty() || after.isEmpty() || !Character.isUpperCase(after.codePointAt(0))
                || ",;:([{-–—/&+".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return false;
        }
        return firstWord(before).equals(firstWord(after)) || LABEL.matcher(after).lookingAt();
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
