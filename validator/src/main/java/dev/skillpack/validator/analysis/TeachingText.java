package dev.skillpack.validator.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which headings and lead-in paragraphs of a skill present the code after them as teaching material
 * (calling it vulnerable, malicious, an attack, a bad example, something to detect or avoid): the
 * security rules skip such code, since it describes an attack rather than asks for one. Six rules ask
 * about the same headings and paragraphs, so each text is matched once per skill. Thread-safe.
 */
public final class TeachingText {
    static final Pattern TEACHING = Pattern.compile("(?i)\\b(?:vulnerab\\w*|insecure|malicious|attack\\w*|"
            + "exploit\\w*|payloads?|bad (?:example|practice|pattern)|anti-?patterns?|dangerous|unsafe|red flags?|"
            + "what (?:not|to avoid)|don'?t|do not|never|avoid|wrong|incorrect|detect\\w*|flag(?:s|ged)?|look for|"
            + "suspicious|injection|backdoor|indicators?|audit\\w*|review(?:ing)?|finding)\\b|\u274c|\u26a0");

    /**
     * Every match of {@link #TEACHING} holds one of these once ASCII letters are lower-cased (the pattern
     * ignores ASCII case only), so a text holding none of them is not searched.
     */
    private static final LiteralScan LITERALS = LiteralScan.of(List.of(List.of("vulnerab", "insecure", "malicious",
            "attack", "exploit", "payload", "bad ", "pattern", "dangerous", "unsafe", "flag", "what ", "don",
            "do not", "never", "avoid", "wrong", "incorrect", "detect", "look for", "suspicious", "injection",
            "backdoor", "indicator", "audit", "review", "finding")));

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    TeachingText() {
    }

    /**
     * @param text a heading or paragraph
     * @return whether it presents what follows as an example of something bad
     */
    public boolean teaching(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return known.computeIfAbsent(text, TeachingText::matches);
    }

    /**
     * @param text a heading or paragraph
     * @return whether it presents what follows as an example of something bad (not remembered)
     */
    public static boolean matches(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean mayMatch = text.indexOf('\u274c') >= 0 || text.indexOf('\u26a0') >= 0
                || LITERALS.any(AsciiCase.lower(text));
        return mayMatch && TEACHING.matcher(text).find();
    }
}
