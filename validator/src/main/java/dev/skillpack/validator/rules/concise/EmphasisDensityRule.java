package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.analysis.LiteralScan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SP303: too many lines shout (MUST, NEVER, IMPORTANT, bold warnings, alarm emoji). When a large share
 * of the lines is emphasised, emphasis no longer tells the model which rules matter most.
 */
public final class EmphasisDensityRule implements Rule {
    private static final List<String> MARKERS = PhraseList.read("emphasis.txt");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+?)\\*\\*|__([^_\\n]+?)__");

    private static final OptionKey<Double> MAX_RATIO = OptionKey.number("max-ratio", 0.2,
            "largest share of emphasised prose lines (0 to 1)");
    private static final OptionKey<Integer> MIN_EMPHASIZED = OptionKey.integer("min-emphasized", 5,
            "report only files with at least this many emphasised lines");
    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more emphasis words (matched in capitals) or symbols");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in markers not to count");
    private static final RuleMeta META = RuleMeta.of("SP303", "emphasis-density", Category.CONCISE, Severity.WARNING,
            "Too many lines shout with MUST, NEVER, IMPORTANT, bold warnings or alarm emoji.",
            MAX_RATIO, MIN_EMPHASIZED, EXTRA_PHRASES, IGNORED_PHRASES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Set<String> markers = new LinkedHashSet<>(MARKERS);
        markers.addAll(context.options().get(EXTRA_PHRASES));
        context.options().get(IGNORED_PHRASES).forEach(i -> markers.removeIf(m -> m.equalsIgnoreCase(i)));
        List<String> letterMarkers = markers.stream().filter(m -> m.chars().anyMatch(Character::isLetter)).toList();
        List<String> symbols = markers.stream().filter(m -> m.chars().noneMatch(Character::isLetter)).toList();
        Pattern caps = Pattern.compile("(?<![\\p{L}\\p{N}'’])(?:" + letterMarkers.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}'’])");
        Set<String> words = letterMarkers.stream().map(m -> m.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        // every match of caps holds one of its markers as it is written; lines holding none are not searched
        LiteralScan capsScan = letterMarkers.stream().allMatch(m -> m.chars().allMatch(c -> c < 128))
                ? LiteralScan.of(List.of(letterMarkers)) : null;
        double maxRatio = context.options().get(MAX_RATIO);
        int minEmphasized = context.options().get(MIN_EMPHASIZED);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            int lines = 0;
            List<int[]> emphasised = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (ProseBlock block : doc.blocks()) {
                if (block.kind() == ProseBlock.Kind.TABLE_CELL) {
                    continue;
                }
                int offset = 0;
                for (String line : block.unquoted().split("\n", -1)) {
                    int lineStart = block.start() + offset;
                    offset += line.length() + 1;
                    if (line.isBlank() || line.chars().noneMatch(Character::isLetterOrDigit)) {
                        continue;
                    }
                    lines++;
                    int[] hit = emphasis(line, fileText.substring(lineStart, lineStart + line.length()),
                            capsScan == null || capsScan.any(line) ? caps : null, words, symbols, seen);
                    if (hit != null) {
                        emphasised.add(new int[] {lineStart + hit[0], hit[1]});
                    }
                }
            }
            if (emphasised.size() >= minEmphasized && lines > 0 && emphasised.size() > maxRatio * lines) {
                int[] first = emphasised.get(0);
                double percent = 100.0 * emphasised.size() / lines;
                String examples = seen.stream().limit(3).collect(Collectors.joining(", "));
                context.report(doc.span(first[0], first[1]), String.format(Locale.ROOT,
                        "%d of %d prose lines (%.1f %%) are emphasised (%s); when everything is urgent nothing is,"
                                + " so keep capitals and bold warnings for the few rules that matter most",
                        emphasised.size(), lines, percent, examples));
            }
        }
    }

    /**
     * @param caps the pattern of capitalised markers, or null when the line holds none of them
     * @return {offset in line, length} of the first emphasis on the line, or null
     */
    private static int[] emphasis(String masked, String raw, Pattern caps, Set<String> words, List<String> symbols,
                                  Set<String> seen) {
        int[] found = null;
        Matcher m = caps == null ? null : caps.matcher(masked);
        if (m != null && m.find()) {
            found = new int[] {m.start(), m.end() - m.start()};
            seen.add(m.group());
        }
        // every bold span the pattern finds starts with ** or __
        Matcher bold = BOLD.matcher(raw.contains("**") || raw.contains("__") ? raw : "");
        while (bold.find()) {
            if (masked.length() >= bold.end() && masked.substring(bold.start(), bold.end())
                    .chars().anyMatch(c -> c == '\uE000' || c == '\uE001')) {
                continue;
            }
            String inner = bold.group(1) != null ? bold.group(1) : bold.group(2);
            for (String word : inner.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
                if (words.contains(word.replace('’', '\''))) {
                    if (found == null || bold.start() < found[0]) {
                        found = new int[] {bold.start(), bold.end() - bold.start()};
                    }
                    seen.add("bold " + word);
                    break;
                }
            }
        }
        for (String symbol : symbols) {
            int at = masked.indexOf(symbol);
            if (at >= 0) {
                if (found == null || at < found[0]) {
                    found = new int[] {at, symbol.length()};
                }
                seen.add(symbol);
            }
        }
        return found;
    }
}
