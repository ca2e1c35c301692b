package dev.skillpack.validator.analysis;

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
    private static final Pattern TEACHING = Pattern.compile("(?i)\\b(?:vulnerab\\w*|insecure|malicious|attack\\w*|"
            + "exploit\\w*|payloads?|bad (?:example|practice|pattern)|anti-?patterns?|dangerous|unsafe|red flags?|"
            + "what (?:not|to avoid)|don'?t|do not|never|avoid|wrong|incorrect|detect\\w*|flag(?:s|ged)?|look for|"
            + "suspicious|injection|backdoor|indicators?|audit\\w*|review(?:ing)?|finding)\\b|\u274c|\u26a0");

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
        return !text.isEmpty() && TEACHING.matcher(text).find();
    }
}
