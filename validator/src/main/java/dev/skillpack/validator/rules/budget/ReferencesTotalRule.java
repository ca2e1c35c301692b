package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All reference files together stay within a token budget. Files that are alternatives to each other
 * (one file or folder per framework, of which an agent reads one) can be declared so; a group of
 * alternatives then counts as its largest member.
 */
public final class ReferencesTotalRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 25000,
            "largest sum over all reference files, in tokens");
    private static final OptionKey<List<List<Glob>>> ALTERNATIVES = OptionKey.stringList("alternatives", List.of(),
            "groups of alternatives an agent reads one of: each entry is space-separated globs, one per alternative (a "
                + "single glob makes each file it matches an alternative); a group counts as its largest alternative")
            .map(ReferencesTotalRule::groups);
    private static final RuleMeta META = RuleMeta.of("SP105", "references-total", Category.BUDGET,
            Severity.WARNING, "All reference files together are over their token budget.",
            MAX_TOKENS, ALTERNATIVES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Each entry of {@code alternatives}: its space-separated globs, compiled. */
    private static List<List<Glob>> groups(List<String> entries) {
        List<List<Glob>> groups = new ArrayList<>();
        for (String entry : entries) {
            List<Glob> globs = new ArrayList<>();
            for (String glob : entry.trim().split("\\s+")) {
                if (!glob.isEmpty()) {
                    globs.add(Glob.compile(glob));
                }
            }
            groups.add(List.copyOf(globs));
        }
        return List.copyOf(groups);
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        List<Resource> references = context.analysis().fileSets().references();
        Optional<Map<Resource, Integer>> tokensByFile = TokenBudget.countIfOver(references, max, context);
        if (tokensByFile.isEmpty()) {
            return;
        }
        List<List<Glob>> groups = context.options().get(ALTERNATIVES);
        // group index -> alternative key -> tokens
        Map<Integer, Map<String, Long>> alternatives = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<Resource, Integer> counted : tokensByFile.get().entrySet()) {
            Resource r = counted.getKey();
            int tokens = counted.getValue();
            boolean grouped = false;
            for (int g = 0; g < groups.size() && !grouped; g++) {
                List<Glob> globs = groups.get(g);
                for (int a = 0; a < globs.size(); a++) {
                    if (globs.get(a).matches(r.relativePath())) {
                        String key = globs.size() == 1 ? r.relativePath() : "alternative" + a;
                        alternatives.computeIfAbsent(g, k -> new LinkedHashMap<>())
                                .merge(key, (long) tokens, Long::sum);
                        grouped = true;
                        break;
                    }
                }
            }
            if (!grouped) {
                total += tokens;
            }
        }
        for (Map<String, Long> group : alternatives.values()) {
            total += group.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        if (total <= max) {
            return;
        }
        Map.Entry<Resource, Integer> largest = tokensByFile.get().entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow();
        context.report(SourceSpan.wholeFile(skill.skillFile().path()), String.format("the %d reference files total "
                + "%s tokens (largest: %s, %s); the budget is %s — an agent that reads several loses most of its "
                + "context: cut repetition, or declare files an agent reads only one of as alternatives",
                references.size(), TokenBudget.format(total), largest.getKey().relativePath(),
                TokenBudget.format(largest.getValue()), TokenBudget.format(max)));
    }
}
