package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.FixKind;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * SP319: a wordy phrase with a shorter form ("in order to" → "to", "due to the fact that" → "because",
 * "it is important to note that" → nothing). Where the shorter form fits every sentence, the finding
 * carries a safe fix that replaces the phrase in place.
 */
public final class FillerPhraseRule implements Rule {
    private static final PhraseList PHRASES = PhraseList.load("filler.txt");

    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more phrases, each written \"phrase => shorter form\" (\"-\" to cut the phrase)");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in phrases not to report, as listed in the docs");
    private static final RuleMeta META = RuleMeta.of("SP319", "filler-phrase", Category.CONCISE, Severity.INFO,
            "A wordy phrase has a shorter form, such as \"in order to\" for \"to\".",
            EXTRA_PHRASES, IGNORED_PHRASES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public FixKind fixKind() {
        return FixKind.SAFE;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        PhraseList phrases = PhraseOptions.apply(PHRASES, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            for (Sentence sentence : doc.instructingSentences()) {
                for (PhraseList.Match match : phrases.find(sentence.unquoted(), doc.lowered(sentence))) {
                    report(context, doc, fileText, sentence, match);
                }
            }
        }
    }

    private static void report(RuleContext context, ProseDocument doc, String fileText, Sentence sentence,
                               PhraseList.Match match) {
        String note = match.entry().note();
        boolean exact = !note.endsWith(" ?");
        String replacement = exact ? note : note.substring(0, note.length() - 2).strip();
        boolean cut = replacement.equals("-") || replacement.isEmpty();
        int start = sentence.start() + match.start();
        int end = sentence.start() + match.end();
        String phrase = match.text().replaceAll("\\s+", " ");
        String shown = phrase.toLowerCase(Locale.ROOT);
        boolean atStart = sentence.unquoted().substring(0, match.start()).isBlank();
        String message = cut
                ? "\"" + shown + "\" adds nothing; cut it"
                : "\"" + shown + "\" can be " + (exact ? "just " : "") + "\"" + replacement + "\"";
        if (!exact) {
            message += " in most sentences";
        }
        boolean clean = sentence.text().substring(match.start(), match.end()).equals(fileText.substring(start, end));
        if (!exact || !clean) {
            context.report(doc.span(start, end - start), message);
            return;
        }
        TextEdit edit;
        if (cut) {
            int after = end;
            while (after < fileText.length() && (fileText.charAt(after) == ' ' || fileText.charAt(after) == ',')) {
                after++;
            }
            if (after >= fileText.length() || !Character.isLetter(fileText.charAt(after))) {
                context.report(doc.span(start, end - start), message);
                return;
            }
            String next = fileText.substring(after, after + 1);
            edit = new TextEdit(start, after + 1 - start, atStart ? next.toUpperCase(Locale.ROOT) : next);
        } else {
            String text = Character.isUpperCase(phrase.charAt(0))
                    ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
            edit = new TextEdit(start, end - start, text);
        }
        String description = cut ? "cut \"" + shown + "\"" : "replace \"" + shown + "\" with \"" + replacement + "\"";
        context.report(doc.span(start, end - start), message, new Fix(description, true, List.of(edit)));
    }
}
