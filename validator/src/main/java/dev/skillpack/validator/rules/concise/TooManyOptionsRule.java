package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP317: an instruction that offers a menu of tools or approaches ("You can use pypdf, pdfplumber,
 * PyMuPDF or pdf2image") without saying which one to use by default. The model then picks one at
 * random, differently on each run.
 */
public final class TooManyOptionsRule implements Rule {
    private static final String ITEM = "[^,;:.()\\n]{1,40}?";
    private static final Pattern MENU = Pattern.compile("(?i)\\b(?:you can use|you could use|you may use"
            + "|use (?:either|one of|any of)|try|choose|pick|select)\\s+(?:either\\s+|one of\\s+|any of\\s+|from\\s+)?(" + ITEM + "(?:,\\s*" + ITEM + ")+,?\\s+or\\s+"
            + ITEM + ")(?=[.;:!?)]|\\s*$|\\s+(?:to|for|if|when)\\b)");
    private static final Pattern DEFAULT = Pattern.compile("(?i)\\b(?:default|prefer\\w*|recommend\\w*|first|otherwise"
            + "|fall ?back|falling back|unless|depending|depends|based on|whichever|if|when|for|best|start with"
            + "|usually|typically|normally)\\b");

    private static final OptionKey<Integer> MIN_OPTIONS = OptionKey.integer("min-options", 4,
            "report a list of at least this many alternatives");
    private static final RuleMeta META = RuleMeta.of("SP317", "too-many-options", Category.CONCISE, Severity.INFO,
            "An instruction offers several tools or approaches without saying which to use by default.",
            MIN_OPTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int min = context.options().get(MIN_OPTIONS);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            for (ProseBlock block : doc.paragraphs()) {
                if (block.illustrative()) {
                    continue;
                }
                List<Sentence> sentences = doc.sentences(block);
                for (int i = 0; i < sentences.size(); i++) {
                    Sentence sentence = sentences.get(i);
                    String text = sentence.unquoted();
                    Matcher m = MENU.matcher(text);
                    if (!m.find()) {
                        continue;
                    }
                    int options = (int) java.util.Arrays.stream(m.group(1).split(",|\\s+or\\s+"))
                            .filter(item -> !item.isBlank()).count();
                    String next = i + 1 < sentences.size() ? sentences.get(i + 1).unquoted() : "";
                    if (options < min || DEFAULT.matcher(text).find() || DEFAULT.matcher(next).find()) {
                        continue;
                    }
                    context.report(doc.span(sentence.start(), sentence.end() - sentence.start()),
                            "\"" + Snippet.of(fileText, sentence.start(), sentence.end()) + "\" offers " + options
                                    + " options without a default; pick one and say when to use another");
                }
            }
        }
    }
}
