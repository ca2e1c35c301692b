package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.LiteralPrefilter;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP310: one thing called by two names in one skill ("directory" and "folder", "frontmatter" and
 * "front matter"). A model may read two names as two things; one term per thing reads faster.
 */
public final class InconsistentTermsRule implements Rule {
    private static final List<String> GROUPS = PhraseList.read("terms.txt");

    private static final OptionKey<List<String>> EXTRA_GROUPS = OptionKey.stringList("extra-groups", List.of(),
            "more groups, each written as variants separated by \" | \" (\"repo | repository\")");
    private static final OptionKey<List<String>> IGNORED_GROUPS = OptionKey.stringList("ignored-groups", List.of(),
            "built-in groups not to check, written as listed") .map(groups -> groups.stream()
            .map(PhraseList::normalise).toList());
    private static final OptionKey<Integer> MIN_MAJORITY = OptionKey.integer("min-majority", 3,
            "report only when the usual term is used at least this often");
    private static final OptionKey<Double> MAX_MINORITY_SHARE = OptionKey.number("max-minority-share", 0.34,
            "report only when the other terms make up at most this share of all uses (0 to 1)");
    private static final RuleMeta META = RuleMeta.of("SP310", "inconsistent-terms", Category.CONCISE, Severity.INFO,
            "One thing is called by two names across a skill, such as \"frontmatter\" and \"front matter\".",
            EXTRA_GROUPS, IGNORED_GROUPS, MIN_MAJORITY, MAX_MINORITY_SHARE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    private record Use(ProseDocument doc, int start, int end, String variant) {
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        List<String> groups = new ArrayList<>(GROUPS);
        groups.addAll(context.options().get(EXTRA_GROUPS));
        List<String> ignored = context.options().get(IGNORED_GROUPS);
        groups.removeIf(g -> ignored.contains(PhraseList.normalise(g)));
        int minMajority = context.options().get(MIN_MAJORITY);
        double maxShare = context.options().get(MAX_MINORITY_SHARE);
        List<ProseDocument> docs = context.analysis().prose();
        Map<ProseBlock, LiteralPrefilter.Text> lowered = new java.util.IdentityHashMap<>();
        for (ProseDocument doc : docs) {
            for (ProseBlock block : doc.blocks()) {
                lowered.put(block, LiteralPrefilter.Text.ofLower(block.unquoted().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        for (String group : groups) {
            List<String> variants = Arrays.stream(group.split("\\|")).map(String::strip).filter(v -> !v.isEmpty())
                    .toList();
            Map<String, List<Use>> uses = new LinkedHashMap<>();
            for (String variant : variants) {
                uses.put(variant, find(docs, variant, lowered));
            }
            String usual = null;
            int total = 0;
            for (var e : uses.entrySet()) {
                total += e.getValue().size();
                if (usual == null || e.getValue().size() > uses.get(usual).size()) {
                    usual = e.getKey();
                }
            }
            int usualCount = uses.get(usual).size();
            if (usualCount < minMajority || usualCount == total || total - usualCount > maxShare * total) {
                continue;
            }
            for (var e : uses.entrySet()) {
                if (e.getKey().equals(usual)) {
                    continue;
                }
                List<ProseDocument> seen = new ArrayList<>();
                for (Use use : e.getValue()) {
                    if (seen.contains(use.doc())) {
                        continue;
                    }
                    seen.add(use.doc());
                    context.report(use.doc().span(use.start(), use.end() - use.start()),
                            "\"" + use.variant() + "\" is used here, but \"" + usual + "\" " + usualCount
                                    + " times in this skill; pick one term for one thing");
                }
            }
        }
    }

    private static List<Use> find(List<ProseDocument> docs, String variant, Map<ProseBlock, LiteralPrefilter.Text> lowered) {
        // the longest run of letters must appear in any match, so blocks without it skip the expression
        String required = Arrays.stream(variant.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                .reduce("", (a, b) -> b.length() > a.length() ? b : a);
        boolean caps = variant.equals(variant.toUpperCase(java.util.Locale.ROOT))
                && variant.chars().anyMatch(Character::isLetter);
        String expression = Arrays.stream(variant.split("\\s+")).map(Pattern::quote)
                .reduce((a, b) -> a + "\\s+" + b).orElse("");
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + expression + "s?(?![\\p{L}\\p{N}_]|-\\p{L})",
                caps ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Use> uses = new ArrayList<>();
        for (ProseDocument doc : docs) {
            for (ProseBlock block : doc.blocks()) {
                if (block.illustrative() || block.kind() == ProseBlock.Kind.HEADING
                        || !lowered.get(block).contains(required)) {
                    continue;
                }
                Matcher m = pattern.matcher(block.unquoted());
                while (m.find()) {
                    uses.add(new Use(doc, block.start() + m.start(), block.start() + m.end(), m.group()
                            .replaceAll("\\s+", " ")));
                }
            }
        }
        return uses;
    }
}
