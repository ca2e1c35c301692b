package dev.skillpack.validator.analysis.prose;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells instructions from other sentences. A sentence is a directive when, after a label such as
 * "Step 2:" or "Important:", an optional condition clause ("If the file exists, …") and adverbs such as
 * "always", "never" or "do not", it starts with an imperative verb from our list; or when it instructs
 * through a modal: "you must", "should", "never", "make sure". Checklist items ("[ ] tests pass") are
 * statements, not directives. Thread-safe.
 */
public final class Directives {
    private static final Directives DEFAULT = new Directives(Set.copyOf(PhraseList.read("imperative-verbs.txt")));

    private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[[ xX✓]?\\]");
    private static final Pattern LABEL = Pattern.compile(
            "^[\\p{L}\\p{N}\\uE000][\\p{L}\\p{N}\\uE000 /&'’()#.-]{0,40}?:\\s+(?=\\S)");
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)^(?:if|when|whenever|before|after|once|unless|while|until|for|in|on|during|where|with|without"
                    + "|to|as|since|because|given|depending)\\b[^,;:]{1,100},\\s+");
    private static final Pattern ADVERB = Pattern.compile(
            "(?i)^(?:always|never|first|firstly|then|also|only|now|please|just|finally|next|instead|simply|and|but|so"
                    + "|again|carefully|briefly|immediately|still|afterwards|otherwise|optionally|ideally|quickly"
                    + "|explicitly|manually|automatically|proactively|thoroughly|directly|additionally|lastly"
                    + "|secondly|thirdly|do not|don't|dont|must not|should not|you must|you should|you need to"
                    + "|make sure to|be sure to|try to|remember to)\\b[,]?\\s+");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:never|do not|don't|dont|must not|should not|avoid)\\b");
    private static final Pattern MODAL = Pattern.compile(
            "(?i)\\b(?:you (?:should|must|need to|have to|will need to|'ll need to|’ll need to)|must|should|shall"
                    + "|make sure|be sure to)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|[\\p{N}]+|\\uE000+|\\uE001+");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s\\p{So}\\p{Sk}\\p{Pd}→•·>\\uFE0F\\u200D]+");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "does",
            "can", "could", "will", "would", "may", "might", "shall", "should", "must", "isn't", "aren't", "wasn't",
            "doesn't", "won't", "can't", "cannot", "being", "been", "gets", "got", "needs", "means", "contains",
            "includes", "returns", "shows", "works", "lets", "makes", "helps", "uses", "takes", "says", "looks");
    private static final Set<String> OBJECT_STARTERS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "it", "them", "your", "our", "their", "its", "my", "his", "her", "all", "any", "each", "every", "some",
            "no", "one", "what", "which", "how", "when", "where", "why", "who", "whether", "if", "to", "for", "in",
            "on", "at", "with", "from", "by", "of", "into", "up", "out", "down", "off", "over", "back", "only",
            "both", "either", "more", "less", "me", "us", "him", "you", "yourself", "about", "through", "around");

    private final Set<String> verbs;

    private Directives(Set<String> verbs) {
        this.verbs = verbs;
    }

    /** @return the detector with our verb list */
    public static Directives defaults() {
        return DEFAULT;
    }

    /**
     * @param sentence a sentence
     * @return the sentence read as an instruction, if it is one
     */
    public Optional<Directive> read(Sentence sentence) {
        String text = sentence.unquoted();
        if (CHECKBOX.matcher(text).find()) {
            return Optional.empty();
        }
        int pos = skip(LEADING_JUNK, text, 0);
        int afterLabel = skip(LABEL, text, pos);
        if (afterLabel > pos && !verbAt(text, pos)) {
            pos = afterLabel;
        }
        boolean conditional = false;
        int afterCondition = skip(CONDITION, text, pos);
        if (afterCondition > pos) {
            conditional = true;
            pos = afterCondition;
        }
        boolean negative = false;
        for (int guard = 0; guard < 6; guard++) {
            Matcher m = ADVERB.matcher(text).region(pos, text.length());
            if (!m.lookingAt()) {
                break;
            }
            if (NEGATION.matcher(m.group()).find()) {
                negative = true;
            }
            pos = m.end();
        }
        List<String> words = firstWords(text, pos, 3);
        if (!words.isEmpty()) {
            String first = words.get(0);
            boolean verb = verbs.contains(first);
            if (verb && words.size() > 1 && AUXILIARIES.contains(words.get(1))) {
                verb = false;
            }
            if (verb && words.size() > 2 && !OBJECT_STARTERS.contains(words.get(1))
                    && AUXILIARIES.contains(words.get(2))) {
                verb = false;
            }
            if (verb) {
                if (first.equals("avoid")) {
                    negative = true;
                }
                return Optional.of(new Directive(sentence, first, sentence.start() + wordStart(text, pos), negative,
                        conditional));
            }
        }
        if (MODAL.matcher(text).find()) {
            return Optional.of(new Directive(sentence, "", sentence.start(), NEGATION.matcher(text).find(),
                    conditional));
        }
        return Optional.empty();
    }

    /**
     * @param word a lower-case word
     * @return whether it is in the verb list
     */
    public boolean isVerb(String word) {
        return verbs.contains(word);
    }

    private boolean verbAt(String text, int pos) {
        List<String> words = firstWords(text, pos, 1);
        return !words.isEmpty() && verbs.contains(words.get(0));
    }

    private static int skip(Pattern pattern, String text, int pos) {
        Matcher m = pattern.matcher(text).region(pos, text.length());
        return m.lookingAt() ? m.end() : pos;
    }

    private static int wordStart(String text, int pos) {
        Matcher m = WORD.matcher(text).region(pos, text.length());
        return m.find() ? m.start() : pos;
    }

    private static List<String> firstWords(String text, int pos, int n) {
        Matcher m = WORD.matcher(text).region(pos, text.length());
        java.util.ArrayList<String> words = new java.util.ArrayList<>();
        while (words.size() < n && m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
