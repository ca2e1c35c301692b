package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.analysis.AsciiCase;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared walk of the rules that look for dangerous commands in what the agent runs ({@link CommandText}):
 * each check has a literal the text must hold before its pattern runs, and every pattern is bounded so
 * no input makes it backtrack.
 */
abstract class CommandPatternRule implements Rule {

    /** One kind of dangerous command: what it does, the literals its text must hold, and its pattern. */
    static final class Check {
        private final String what;
        private final List<String> literals;
        private final AlternativeSearch search;

        /**
         * @param what what it does, for the message ("pipes a download into a shell")
         * @param literals strings of which the text must hold one (ASCII, lower case; compared ignoring ASCII
         *        case, as the patterns' {@code (?i)} does)
         * @param pattern the pattern
         */
        Check(String what, List<String> literals, Pattern pattern) {
            this.what = what;
            this.literals = List.copyOf(literals);
            for (String literal : this.literals) {
                if (!literal.chars().allMatch(c -> c < 0x80 && (c < 'A' || c > 'Z'))) {
                    throw new IllegalArgumentException("a check's literal must be lower-case ASCII: " + literal);
                }
            }
            this.search = AlternativeSearch.of(pattern);
        }

        /** @return what it does, for the message */
        String what() {
            return what;
        }

        /** @return strings of which the text must hold one (lower case; compared ignoring case) */
        List<String> literals() {
            return literals;
        }

        /** @return the pattern */
        Pattern pattern() {
            return search.pattern();
        }

        /** @return the pattern's search: the same matches as its matcher's, found alternative by alternative */
        AlternativeSearch search() {
            return search;
        }
    }

    /** @return the checks, in reporting order */
    abstract List<Check> checks();

    /** @return whether code blocks in every language count, not only shell ones */
    boolean anyLanguage() {
        return false;
    }

    /**
     * @param check the check that matched
     * @param match the match
     * @param text the region's text the match was found in
     * @param context the rule's context (for options)
     * @return whether to report it (false for allow-listed commands)
     */
    boolean accept(Check check, Matcher match, String text, RuleContext context) {
        return true;
    }

    /**
     * @param check the check that matched
     * @param snippet the matched command, escaped and cut
     * @param script whether it is in a script file
     * @return the message
     */
    abstract String message(Check check, String snippet, boolean script);

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (CommandText region : CommandText.of(skill, context.analysis().teaching(), anyLanguage())) {
            String text = region.text();
            // one lower-cased copy per region, shared by the prefilter and every check's search
            String lower = AsciiCase.lower(text);
            List<int[]> reported = new java.util.ArrayList<>();
            for (Check check : checks()) {
                if (!holdsAny(lower, check.literals())) {
                    continue;
                }
                AlternativeSearch.Matches matches = check.search().matches(text, lower);
                while (matches.find()) {
                    Matcher m = matches.matcher();
                    int start = region.start() + m.start();
                    int end = region.start() + m.end();
                    if (reported.stream().anyMatch(r -> start < r[1] && end > r[0]) || region.commentAt(start)
                            || !accept(check, m, text, context)) {
                        continue;
                    }
                    reported.add(new int[] {start, end});
                    String snippet = CodePoints.asciiOnly(m.group().strip().replaceAll("\\s+", " "), 100);
                    context.report(region.file().lines().span(start, m.end() - m.start()),
                            message(check, snippet, region.script()));
                }
            }
        }
    }

    private static boolean holdsAny(String lower, List<String> literals) {
        for (String literal : literals) {
            if (lower.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
