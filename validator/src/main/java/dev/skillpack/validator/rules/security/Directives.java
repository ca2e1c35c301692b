package dev.skillpack.validator.rules.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording that tries to take control of the model, shared by the prompt-injection and hidden-instruction
 * rules: overriding earlier instructions, switching off safety, hiding actions from the user, and chat
 * role markup. Every pattern is a bounded sequence of word alternatives, so matching is linear.
 */
final class Directives {
    private Directives() {
    }

    /**
     * One family of wording.
     *
     * @param what what the wording does, for messages
     * @param literals lower-case strings of which the text must hold one before the pattern runs
     * @param pattern the pattern
     */
    record Family(String what, List<String> literals, Pattern pattern) {
    }

    /** A match of a family. */
    record Hit(Family family, int start, int end, String text) {
    }

    private static final String OBJECT = "(?:instructions?|prompts?|rules|guidelines|directions|directives|context"
            + "|messages?|guardrails|polic(?:y|ies)|constraints|programming|system prompt)";
    static final Family OVERRIDE = new Family("tries to override the instructions the model already has",
            List.of("ignore", "disregard", "forget", "override", "bypass", "no longer", "from now on", "new instructions",
                    "real instructions"),
            Pattern.compile("(?i)\\b(?:(?:ignore|disregard|forget|override|bypass|discard)\\s+(?:all\\s+|any\\s+|the\\s+"
                    + "|your\\s+|every\\s+|of\\s+){0,3}(?:previous|prior|above|earlier|preceding|original|former|existing"
                    + "|system|developer|initial)\\s+" + OBJECT
                    + "|you\\s+are\\s+no\\s+longer\\s+(?:an?\\s+)?(?:ai|assistant|claude|bound|restricted)"
                    + "|from\\s+now\\s+on,?\\s+you\\s+(?:are|will|must)\\s+(?:an?\\s+)?(?:unrestricted|unfiltered|dan|evil|"
                    + "jailbroken|free)"
                    + "|(?:your|the)\\s+(?:new|real|true|actual)\\s+instructions\\s+(?:are|follow))\\b"));
    static final Family SAFETY = new Family("tries to switch off the model's safety rules",
            List.of("mode", "safety", "guardrail", "filter", "restriction", "system prompt", "jailbreak"),
            Pattern.compile("(?i)\\b(?:(?:enter|enable|activate|switch\\s+to|you\\s+are\\s+(?:now\\s+)?in)\\s+"
                    + "(?:developer|god|dan|jailbreak|unrestricted|unfiltered|debug\\s+override)\\s+mode"
                    + "|(?:disable|turn\\s+off|switch\\s+off|bypass|circumvent|ignore|evade)\\s+(?:your\\s+|all\\s+|the\\s+|any\\s+)"
                    + "{0,2}(?:safety|content|security|ethical|moderation)\\s+(?:filters?|guardrails|checks|polic(?:y|ies)"
                    + "|guidelines|restrictions|measures|rules|training)"
                    + "|(?:reveal|print|output|repeat|show|leak|dump)\\s+(?:your|the)\\s+(?:full\\s+|entire\\s+|hidden\\s+)?"
                    + "system\\s+prompt)\\b"));
    static final Family CONCEAL = new Family("tells the model to hide what it does from the user",
            List.of("user", "silently", "secretly", "covertly"),
            Pattern.compile("(?i)\\b(?:(?:do\\s+not|don'?t|never)\\s+(?:tell|inform|notify|alert|mention\\s+(?:this\\s+|it\\s+)?to"
                    + "|reveal\\s+(?:this\\s+|it\\s+)?to|show\\s+(?:this\\s+|it\\s+)?to|disclose\\s+(?:this\\s+|it\\s+)?to"
                    + "|let)\\s+the\\s+user(?:\\s+know)?"
                    + "|(?:hide|conceal|keep)\\s+(?:this|it|these\\s+\\w+|the\\s+\\w+|your\\s+\\w+)\\s+(?:secret\\s+)?from\\s+the\\s+user"
                    + "|without\\s+(?:the\\s+)?user(?:'s|s')?\\s+(?:knowing|knowledge|noticing|being\\s+aware|awareness)"
                    + "|(?:silently|secretly|covertly)\\s+(?:send|upload|post|exfiltrate|transmit|forward|copy|delete|run|execute"
                    + "|install|download|modify))\\b"));
    static final Family ROLE_TAG = new Family("holds chat role markup, which can make the model treat text as a "
            + "system or assistant turn",
            List.of("<", "[inst]", "[/inst]", "system:", "assistant:"),
            Pattern.compile("(?i)<\\s*/?\\s*(?:system|assistant|user|im_start|im_end|developer|instructions|"
                    + "system[-_]prompt|system[-_]reminder)\\s*>|<\\|(?:im_start|im_end|system|endoftext|eot_id|start_header_id)"
                    + "\\|>|\\[/?INST\\]|<</?SYS>>|(?:^|\\n)\\s{0,3}(?:system|assistant)\\s*:"));

    /** The families reported in visible text, in reporting order. */
    static final List<Family> PROSE = List.of(OVERRIDE, SAFETY, CONCEAL);

    /**
     * @param text text to search
     * @param families the families to look for
     * @return the first hit of any family, skipping wording shown as a quotation
     */
    static Optional<Hit> find(String text, List<Family> families) {
        String lower = null;
        for (Family family : families) {
            if (lower == null) {
                lower = text.toLowerCase(java.util.Locale.ROOT);
            }
            String l = lower;
            if (family.literals().stream().noneMatch(l::contains)) {
                continue;
            }
            Matcher m = family.pattern().matcher(text);
            while (m.find()) {
                if (!quoted(text, m.start())) {
                    return Optional.of(new Hit(family, m.start(), m.end(), m.group()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Wording inside quotation marks is mentioned, not meant: "attackers write 'ignore previous
     * instructions' in issues".
     */
    static boolean quoted(String text, int at) {
        int from = Math.max(0, at - 200);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                from = i;
                break;
            }
        }
        String before = text.substring(from, at);
        int straight = count(before, '"');
        int ticks = count(before, '`');
        int open = count(before, '\u201c') + count(before, '\u2018') + count(before, '\u00ab');
        int close = count(before, '\u201d') + count(before, '\u2019') + count(before, '\u00bb');
        if (straight % 2 == 1 || ticks % 2 == 1 || open > close) {
            return true;
        }
        // a single quote right before the phrase: 'ignore previous instructions'
        String trimmed = before.stripTrailing();
        return trimmed.endsWith("'");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
