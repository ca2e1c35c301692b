package dev.skillpack.validator.report;

import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the text report prints of a flood of findings. Repeats of one rule on one problem (same rule, same
 * file, the same message once numbers are set aside) become one entry printed once with a count; after
 * {@link TextLimits#perRule()} entries of a rule and {@link TextLimits#total()} entries in all, the rest is
 * only counted. Machine formats are not affected.
 */
final class TextEntries {
    /** Repeats below this count are printed one by one: two findings are no flood. */
    static final int GROUP_FROM = 3;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    /**
     * One printed finding.
     *
     * @param first the finding printed
     * @param repeats how many findings it stands for (1 when it is alone)
     */
    record Entry(Finding first, int repeats) {
    }

    /**
     * A rule whose entries were cut.
     *
     * @param ruleId id
     * @param alias alias
     * @param hidden findings not printed
     */
    record Cut(String ruleId, String alias, int hidden) {
    }

    /**
     * @param entries printed, in report order
     * @param cuts rules cut by the per-rule limit, in report order
     * @param hiddenByTotal findings not printed because of the total limit
     */
    record Plan(List<Entry> entries, List<Cut> cuts, int hiddenByTotal) {
    }

    private TextEntries() {
    }

    static Plan of(List<Finding> findings, TextLimits limits) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        List<Entry> all = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            if (group.size() >= GROUP_FROM) {
                all.add(new Entry(group.get(0), group.size()));
            } else {
                group.forEach(f -> all.add(new Entry(f, 1)));
            }
        }
        Map<Finding, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            order.put(findings.get(i), i);
        }
        all.sort(java.util.Comparator.comparingInt(e -> order.get(e.first())));
        Map<String, Integer> shownPerRule = new LinkedHashMap<>();
        Map<String, Cut> cuts = new LinkedHashMap<>();
        List<Entry> shown = new ArrayList<>();
        int hiddenByTotal = 0;
        for (Entry e : all) {
            String rule = e.first().ruleId();
            int already = shownPerRule.getOrDefault(rule, 0);
            if (limits.perRule() > 0 && already >= limits.perRule()) {
                Cut before = cuts.get(rule);
                cuts.put(rule, new Cut(rule, e.first().alias(), (before == null ? 0 : before.hidden()) + e.repeats()));
            } else if (limits.total() > 0 && shown.size() >= limits.total()) {
                hiddenByTotal += e.repeats();
            } else {
                shown.add(e);
                shownPerRule.put(rule, already + 1);
            }
        }
        return new Plan(shown, List.copyOf(cuts.values()), hiddenByTotal);
    }

    private static String key(Finding f) {
        return f.ruleId() + '\u0000' + f.span().path() + '\u0000' + NUMBER.matcher(f.message()).replaceAll("#");
    }

    /**
     * @param n a count
     * @return it with thousands separators, as people read counts: 1,460
     */
    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * @param severity a severity
     * @param quiet whether only errors are printed
     * @return whether findings of that severity are printed
     */
    static boolean printed(Severity severity, boolean quiet) {
        return !quiet || severity == Severity.ERROR;
    }
}
