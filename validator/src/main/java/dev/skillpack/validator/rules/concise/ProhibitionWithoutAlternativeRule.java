package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SP308: a prohibition of a tool, call or technique ("Never use `eval`", "Don't hardcode secrets") with no
 * alternative in the sentence, the sentences around it or the list nested under it. A model told only
 * what not to do tends to reach for the next-closest wrong thing.
 */
public final class ProhibitionWithoutAlternativeRule implements Rule {
    private static final List<String> VERBS = PhraseList.read("prohibition-verbs.txt");
    /** A marker word inside another prohibition ("never use …") is not an alternative. */
    private static final Pattern NEGATED = Pattern.compile(
            "(?i)\\b(?:never|do not|don't|don’t|dont|avoid|must not)\\s+(?:ever\\s+)?[\\p{L}-]+");
    private static final PhraseList MARKERS = PhraseList.load("alternative-markers.txt");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|when|whenever|unless|until|while)\\b");
    private static final Pattern SCOPE = Pattern.compile(
            "(?i)\\b(?:use|using|call|invoke)\\s+(?:this|the|these)\\s+(?:skill|tool|workflow|guide)\\b"
                    + "|\\buse\\s+(?:it\\s+|this\\s+)?(?:for|when|if|to|as|with|on|in|during)\\b|\\buse\\s*:");

    private static final OptionKey<Integer> WINDOW = OptionKey.integer("window", 2,
            "how many following sentences of the same paragraph may hold the alternative");
    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more words that show an alternative");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in alternative words not to accept");
    private static final OptionKey<List<String>> EXTRA_VERBS = OptionKey.stringList("extra-verbs", List.of(),
            "more verbs whose prohibition needs an alternative");
    private static final OptionKey<java.util.Set<String>> IGNORED_VERBS = OptionKey.lowerCaseWords("ignored-verbs",
            List.of(), "built-in verbs not to check");
    private static final RuleMeta META = RuleMeta.of("SP308", "prohibition-without-alternative", Category.CONCISE,
            Severity.INFO, "A prohibition such as \"never use X\" does not say what to do instead.",
            WINDOW, EXTRA_PHRASES, IGNORED_PHRASES, EXTRA_VERBS, IGNORED_VERBS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int window = context.options().get(WINDOW);
        PhraseList markers = PhraseOptions.apply(MARKERS, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        java.util.Set<String> verbs = new java.util.LinkedHashSet<>(VERBS);
        verbs.addAll(context.options().get(EXTRA_VERBS));
        verbs.removeAll(context.options().get(IGNORED_VERBS));
        if (verbs.isEmpty()) {
            return;
        }
        Pattern start = start(verbs);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            List<ProseBlock> paragraphs = doc.paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                ProseBlock block = paragraphs.get(p);
                if (block.illustrative()) {
                    continue;
                }
                List<Sentence> sentences = doc.sentences(block);
                for (int s = 0; s < sentences.size(); s++) {
                    Sentence sentence = sentences.get(s);
                    String text = sentence.unquoted();
                    Matcher m = start.matcher(text);
                    if (!m.find() || text.stripTrailing().endsWith(":") || SCOPE.matcher(text).find()
                            || CONDITION.matcher(text).find()) {
                        continue;
                    }
                    StringBuilder around = new StringBuilder(text.substring(m.end()));
                    if (s > 0) {
                        around.append(' ').append(sentences.get(s - 1).unquoted());
                    }
                    boolean followedByDirective = false;
                    for (int k = s + 1; k < sentences.size() && k <= s + window; k++) {
                        around.append(' ').append(sentences.get(k).unquoted());
                        var next = doc.directive(sentences.get(k));
                        followedByDirective |= next.isPresent() && next.get().imperative() && !next.get().negative();
                    }
                    if (followedByDirective) {
                        continue;
                    }
                    nested(paragraphs, p, around);
                    if (shownNearby(doc, block, around)) {
                        continue;
                    }
                    String nearby = NEGATED.matcher(around).replaceAll(" ");
                    if (!markers.find(nearby).isEmpty()) {
                        continue;
                    }
                    context.report(doc.span(sentence.start(), sentence.end() - sentence.start()),
                            "\"" + Snippet.of(fileText, sentence.start(), sentence.end())
                                    + "\" forbids something without saying what to do instead;"
                                    + " add the alternative (\"…; use X instead\")");
                }
            }
        }
    }

    private static Pattern start(java.util.Collection<String> verbs) {
        return Pattern.compile("(?i)^[\\s\\p{So}\\uFE0F]*(?:[\\p{L}\\p{N} ]{1,30}:\\s+)?(?:you\\s+)?"
                + "(?:never|do not|don't|don’t|dont|avoid|must not|you should not|you shouldn't)\\s+(?:ever\\s+)?("
                + verbs.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
    }

    /**
     * Appends the paragraphs just before and after the block in its section, and tells whether a code
     * block follows within two blocks (an example of the right way).
     */
    private static boolean shownNearby(ProseDocument doc, ProseBlock block, StringBuilder into) {
        List<dev.skillpack.core.model.Block> section = doc.sectionBlocks(block.section());
        int index = -1;
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i) == block.block()) {
                index = i;
            }
        }
        if (index < 0) {
            return false;
        }
        for (int i = Math.max(0, index - 1); i < Math.min(section.size(), index + 3); i++) {
            dev.skillpack.core.model.Block other = section.get(i);
            if (i > index && other instanceof dev.skillpack.core.model.CodeExample) {
                return true;
            }
            if (i != index && other instanceof dev.skillpack.core.model.Paragraph paragraph) {
                for (ProseBlock prose : doc.paragraphs()) {
                    if (prose.block() == paragraph) {
                        into.append(' ').append(prose.unquoted());
                    }
                }
            }
        }
        return false;
    }

    /** Appends the text of list items nested under a list-item paragraph. */
    private static void nested(List<ProseBlock> paragraphs, int index, StringBuilder into) {
        ProseBlock block = paragraphs.get(index);
        if (block.container() != Block.Container.LIST_ITEM) {
            return;
        }
        int column = block.block().span().columnIndex();
        for (int i = index + 1; i < paragraphs.size(); i++) {
            ProseBlock next = paragraphs.get(i);
            if (next.section() != block.section() || next.container() == Block.Container.ROOT
                    || next.block().span().columnIndex() <= column) {
                break;
            }
            into.append(' ').append(next.unquoted());
        }
    }
}
