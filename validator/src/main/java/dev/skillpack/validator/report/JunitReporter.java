package dev.skillpack.validator.report;

import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.validator.engine.ValidatedPack;
import dev.skillpack.validator.engine.ValidatedSkill;
import dev.skillpack.validator.engine.ValidationResult;
import dev.skillpack.validator.internal.DisplayPaths;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test tabs: one {@code <testsuite>} per skill (named by its folder path), one
 * {@code <testcase>} per rule that ran, and one {@code <failure>} per unsuppressed finding of that
 * rule in that skill at or above {@code --fail-on}; findings below it (all of them with
 * {@code --fail-on none}) leave the test case passed and are listed in its {@code <system-out>}, so the
 * CI test tab is red exactly when the command fails. Findings outside any skill go to a suite named after
 * the validated folder.
 * No timestamps or durations, so the output is reproducible.
 */
public final class JunitReporter implements Reporter {

    @Override
    public String render(Report report) {
        ValidationResult result = report.result();
        Map<String, List<Finding>> bySuite = new LinkedHashMap<>();
        List<ValidatedSkill> deepestFirst = new ArrayList<>();
        for (ValidatedPack pack : result.packs()) {
            for (ValidatedSkill skill : pack.skills()) {
                bySuite.put(skill.path(), new ArrayList<>());
                deepestFirst.add(skill);
            }
        }
        deepestFirst.sort(Comparator.comparingInt((ValidatedSkill s) -> s.path().length()).reversed());
        for (Finding f : result.active()) {
            String path = f.span().path();
            String suite = deepestFirst.stream()
                    .filter(s -> DisplayPaths.inside(path, s.path()))
                    .map(ValidatedSkill::path).findFirst()
                    .orElseGet(() -> result.packs().stream().map(ValidatedPack::path)
                            .filter(p -> DisplayPaths.inside(path, p))
                            .findFirst().orElse(path));
            bySuite.computeIfAbsent(suite, k -> new ArrayList<>()).add(f);
        }
        List<RuleMeta> rules = result.rules();
        int totalTests = 0;
        int totalFailures = 0;
        StringBuilder suites = new StringBuilder();
        for (Map.Entry<String, List<Finding>> e : bySuite.entrySet()) {
            List<Finding> findings = e.getValue();
            List<RuleMeta> cases = new ArrayList<>(rules);
            for (Finding f : findings) {
                if (cases.stream().noneMatch(r -> r.id().equals(f.ruleId()))) {
                    cases.add(new RuleMeta(f.ruleId(), f.alias(), f.category(), f.severity(), f.alias(), List.of()));
                }
            }
            int failures = (int) findings.stream().filter(f -> report.options().fails(f.severity())).count();
            totalTests += cases.size();
            totalFailures += failures;
            suites.append("  <testsuite name=\"").append(attr(e.getKey())).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
            for (RuleMeta rule : cases) {
                List<Finding> mine = findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
                suites.append("    <testcase classname=\"").append(attr(e.getKey())).append("\" name=\"")
                        .append(attr(rule.id() + "(" + rule.alias() + ")")).append('"');
                if (mine.isEmpty()) {
                    suites.append("/>\n");
                    continue;
                }
                suites.append(">\n");
                List<Finding> below = new ArrayList<>();
                for (Finding f : mine) {
                    if (!report.options().fails(f.severity())) {
                        below.add(f);
                        continue;
                    }
                    suites.append("      <failure type=\"").append(f.severity().id()).append("\" message=\"")
                            .append(attr(f.message())).append("\">").append(text(line(f))).append("</failure>\n");
                }
                if (!below.isEmpty()) {
                    suites.append("      <system-out>");
                    below.forEach(f -> suites.append(text(line(f))).append('\n'));
                    suites.append("</system-out>\n");
                }
                suites.append("    </testcase>\n");
            }
            suites.append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"skillpack\" tests=\"" + totalTests + "\" failures=\"" + totalFailures
                + "\" errors=\"0\">\n" + suites + "</testsuites>\n";
    }

    private static String line(Finding f) {
        return f.span().path() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.severity().id() + " "
                + f.ruleId() + "(" + f.alias() + ") " + f.message();
    }

    /**
     * @param s untrusted text
     * @return it as XML character data on one line: markup escaped, control, bidirectional and
     *         invisible characters (newlines included) as &#92;u001b-style escapes, which also keeps
     *         out the characters XML 1.0 forbids
     */
    static String text(String s) {
        return UntrustedText.line(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("'", "&apos;");
    }
}
