package dev.skillpack.validator.report;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.validator.engine.SkillChangedException;
import dev.skillpack.validator.engine.SourceTexts;
import dev.skillpack.validator.engine.ValidatedPack;
import dev.skillpack.validator.engine.ValidatedSkill;
import dev.skillpack.validator.internal.DisplayPaths;
import dev.skillpack.validator.internal.ToolInfo;
import dev.skillpack.validator.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One self-contained HTML page (inline style and script, no network, no external assets) for people who
 * would rather look than read: the pack's summary and its always-loaded metadata cost, then per skill a
 * token bar for each Markdown file against its budget and the findings grouped by file and rule, each
 * with its source line and a link to the rule's page. Every piece of untrusted text is HTML-escaped, and
 * control characters are shown as backslash-u escapes (\\u001b for ESC).
 */
public final class HtmlReporter implements Reporter {
    /** Source lines are cut to this many characters around the span. */
    static final int SOURCE_WINDOW = 160;

    private final TokenBudgets budgets;
    private final Map<String, TokenTrend> trends;

    /** @param budgets what the token bars are drawn against */
    public HtmlReporter(TokenBudgets budgets) {
        this(budgets, Map.of());
    }

    /**
     * @param budgets what the token bars are drawn against
     * @param trends token counts over git history by skill path (as reports show it); a skill without one
     *        gets no trend line
     */
    public HtmlReporter(TokenBudgets budgets, Map<String, TokenTrend> trends) {
        this.budgets = budgets;
        this.trends = Map.copyOf(trends);
    }

    /** A report with the default budgets. */
    public HtmlReporter() {
        this(TokenBudgets.DEFAULTS);
    }

    /** One bar: a Markdown file's tokens against its budget. */
    private record Bar(String label, int tokens, int budget) {
        int percent() {
            return (int) Math.round(tokens * 100.0 / budget);
        }

        String level() {
            return tokens > budget ? "over" : tokens * 5 > budget * 4 ? "near" : "ok";
        }
    }

    @Override
    public String render(Report report) {
        SourceTexts texts = SourceTexts.of(report.result().packs());
        TokenCounter counter = TokenCounter.of(budgets.tokenizer());
        List<ValidatedSkill> skills = report.result().packs().stream().flatMap(p -> p.skills().stream()).toList();
        Map<ValidatedSkill, Integer> metadata = new LinkedHashMap<>();
        skills.forEach(s -> metadata.put(s, counter.count(s.frontmatter().name().orElse("") + "\n"
                + s.frontmatter().description().orElse(""))));
        int metadataTotal = metadata.values().stream().mapToInt(Integer::intValue).sum();
        Summary summary = Summary.of(report.result());
        String title = String.join(", ", report.result().packs().stream().map(ValidatedPack::path).toList());

        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>skillpack report: ").append(text(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>skillpack report</h1>\n<p class=\"meta\">").append(text(title))
                .append(" &middot; skillpack ").append(text(report.toolVersion())).append(" &middot; ")
                .append(budgets.tokenizer().id()).append("</p>\n<ul class=\"summary\">\n")
                .append("<li class=\"error\" id=\"count-error\">").append(count(summary.errors(), "error")).append("</li>\n")
                .append("<li class=\"warning\" id=\"count-warning\">").append(count(summary.warnings(), "warning"))
                .append("</li>\n")
                .append("<li class=\"info\" id=\"count-info\">").append(count(summary.infos(), "info")).append("</li>\n")
                .append("<li>").append(count(summary.skills(), "skill")).append(", ").append(count(summary.files(), "file"))
                .append("</li>\n");
        if (summary.suppressed() > 0) {
            html.append("<li>").append(summary.suppressed()).append(" suppressed</li>\n");
        }
        html.append("<li id=\"metadata-total\">always loaded: ").append(number(metadataTotal))
                .append(" metadata tokens (name + description of every skill, in every session)</li>\n</ul>\n")
                .append("<p class=\"filter\">show:")
                .append(" <label><input type=\"checkbox\" data-severity=\"error\" checked> errors</label>")
                .append(" <label><input type=\"checkbox\" data-severity=\"warning\" checked> warnings</label>")
                .append(" <label><input type=\"checkbox\" data-severity=\"info\" checked> infos</label></p>\n")
                .append("</header>\n<main>\n");

        List<Finding> active = report.result().active();
        List<Finding> placed = new ArrayList<>();
        for (ValidatedSkill skill : skills) {
            List<Finding> mine = active.stream().filter(f -> DisplayPaths.inside(f.span().path(), skill.path()))
                    .toList();
            placed.addAll(mine);
            skill(html, skill, metadata.get(skill), bars(skill, counter), Optional.ofNullable(trends.get(skill.path())),
                    mine, texts);
        }
        List<Finding> rest = active.stream().filter(f -> !placed.contains(f)).toList();
        if (!rest.isEmpty()) {
            html.append("<section class=\"skill\" id=\"pack\">\n<h2>pack</h2>\n");
            findings(html, rest, texts, "");
            html.append("</section>\n");
        }
        html.append("</main>\n<footer>made by skillpack ").append(text(report.toolVersion()))
                .append("; rule pages: <a href=\"").append(attr(ToolInfo.RULE_DOCS_URI)).append("\">")
                .append(text(ToolInfo.RULE_DOCS_URI)).append("</a></footer>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The bars of a skill's Markdown files, read again (the result keeps no text); a note when they changed. */
    private Bars bars(ValidatedSkill validated, TokenCounter counter) {
        Skill skill;
        try {
            skill = validated.reread();
        } catch (SkillChangedException e) {
            return new Bars(List.of(), Optional.of(e.getMessage()));
        }
        List<Bar> bars = new ArrayList<>();
        for (MarkdownDocument doc : skill.markdownFiles()) {
            boolean body = doc == skill.body();
            String content = body ? doc.body() : doc.file().text();
            String rel = doc.file().relativePath();
            bars.add(new Bar(body ? rel + " (body)" : rel, counter.count(content),
                    body ? budgets.body() : budgets.reference()));
        }
        return new Bars(bars, Optional.empty());
    }

    /** A skill's bars, or why there are none. */
    private record Bars(List<Bar> bars, Optional<String> missing) {
    }

    private static void skill(StringBuilder html, ValidatedSkill skill, int metadataTokens, Bars bars,
                              Optional<TokenTrend> trend, List<Finding> findings, SourceTexts texts) {
        String name = skill.frontmatter().name().orElse(skill.folderName());
        html.append("<section class=\"skill\" id=\"skill-").append(attr(skill.path())).append("\">\n<h2>")
                .append(text(name)).append(" <span class=\"path\">").append(text(skill.path())).append("</span>")
                .append(" <span class=\"count\">").append(count(findings.size(), "finding")).append("</span></h2>\n")
                .append("<p class=\"metadata\">metadata: ").append(number(metadataTokens))
                .append(" tokens in every session</p>\n")
                .append("<table class=\"tokens\">\n<thead><tr><th>file</th><th>tokens</th><th>budget</th>")
                .append("<th>used</th></tr></thead>\n<tbody>\n");
        for (Bar bar : bars.bars()) {
            html.append("<tr class=\"bar ").append(bar.level()).append("\"><td>").append(text(bar.label()))
                    .append("</td><td class=\"num\">").append(number(bar.tokens())).append("</td><td class=\"num\">")
                    .append(number(bar.budget())).append("</td><td><span class=\"track\"><span class=\"fill\" style=\"width:")
                    .append(Math.min(100, bar.percent())).append("%\"></span></span> ").append(bar.percent())
                    .append("%</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        bars.missing().ifPresent(why -> html.append("<p class=\"metadata\">token bars not shown: ").append(text(why))
                .append("</p>\n"));
        trend.filter(t -> !t.points().isEmpty()).ifPresent(t -> TrendChart.append(html, t));
        findings(html, findings, texts, skill.path());
        html.append("</section>\n");
    }

    private static void findings(StringBuilder html, List<Finding> findings, SourceTexts texts, String skillPath) {
        Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.span().path(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, Map<String, List<Finding>>> file : byFile.entrySet()) {
            String path = file.getKey();
            String shown = !skillPath.isEmpty() && path.startsWith(skillPath + "/") ? path.substring(skillPath.length() + 1)
                    : path;
            html.append("<h3 class=\"file\" title=\"").append(attr(path)).append("\">").append(text(shown))
                    .append("</h3>\n<table class=\"findings\">\n");
            for (List<Finding> group : file.getValue().values().stream().sorted((a, b) ->
                    a.get(0).ruleId().compareTo(b.get(0).ruleId())).toList()) {
                Finding first = group.get(0);
                html.append("<tbody class=\"rule\" data-severity=\"").append(first.severity().id()).append("\">\n")
                        .append("<tr class=\"rule-head\"><th colspan=\"3\"><a href=\"")
                        .append(attr(ToolInfo.ruleDocUri(first.ruleId()))).append("\">").append(text(first.ruleId()))
                        .append("</a> ").append(text(first.alias())).append(" &middot; ")
                        .append(count(group.size(), "finding")).append("</th></tr>\n");
                for (Finding f : group) {
                    SourceSpan span = f.span();
                    html.append("<tr class=\"finding ").append(f.severity().id()).append("\"><td class=\"loc\">")
                            .append(span.line()).append(':').append(span.column()).append("</td><td class=\"sev\">")
                            .append(f.severity().id()).append("</td><td class=\"msg\">").append(text(f.message()));
                    source(span, texts).ifPresent(line -> html.append("<pre class=\"src\">").append(text(line))
                            .append("</pre>"));
                    html.append("</td></tr>\n");
                }
                html.append("</tbody>\n");
            }
            html.append("</table>\n");
        }
    }

    /** The span's first line, cut to a window around the span so a huge line cannot flood the page. */
    static Optional<String> source(SourceSpan span, SourceTexts texts) {
        if (span.equals(SourceSpan.wholeFile(span.path()))) {
            return Optional.empty();
        }
        return texts.firstLine(span).filter(line -> !line.isBlank()).map(line -> {
            if (line.length() <= SOURCE_WINDOW) {
                return line;
            }
            int from = Math.max(0, Math.min(span.columnIndex() - SOURCE_WINDOW / 4, line.length() - SOURCE_WINDOW));
            int to = Math.min(line.length(), from + SOURCE_WINDOW);
            return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
        });
    }

    private static String count(int n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * @param s untrusted text
     * @return the text safe inside an element: markup escaped, control and invisible format characters
     *         shown as {@code \\uXXXX}
     */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c != '\t' && UntrustedText.unsafe(c)) {
                        out.append(UntrustedText.escapeOf(c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String attr(String s) {
        return text(s);
    }

    private static final String STYLE = """
            :root { --error: #b3261e; --warning: #9a6700; --info: #0b57d0; --ok: #1a7f37; --line: #d0d7de; }
            body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem;
                   color: #1f2328; }
            h1 { margin: 0 0 .2rem; font-size: 1.6rem; }
            .meta, .path, .metadata, footer { color: #57606a; }
            .summary { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; list-style: none; padding: 0; }
            .summary .error { color: var(--error); font-weight: 600; }
            .summary .warning { color: var(--warning); font-weight: 600; }
            .summary .info { color: var(--info); font-weight: 600; }
            .skill { border-top: 2px solid var(--line); margin-top: 1.5rem; }
            .path, .count { font-size: .9rem; font-weight: normal; margin-left: .5rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .track { display: inline-block; width: 12rem; height: .7rem; background: #eaeef2; border-radius: .35rem;
                     vertical-align: middle; overflow: hidden; }
            .fill { display: block; height: 100%; background: var(--ok); }
            .near .fill { background: var(--warning); }
            .over .fill { background: var(--error); }
            .file { font-family: ui-monospace, monospace; font-size: .95rem; margin-bottom: 0; }
            .rule-head th { background: #f6f8fa; font-weight: 600; }
            .loc { font-family: ui-monospace, monospace; white-space: nowrap; width: 5rem; }
            .sev { width: 5rem; font-weight: 600; }
            .finding.error .sev { color: var(--error); }
            .finding.warning .sev { color: var(--warning); }
            .finding.info .sev { color: var(--info); }
            .src { background: #f6f8fa; padding: .3rem .5rem; margin: .3rem 0 0; white-space: pre-wrap;
                   overflow-wrap: anywhere; }
            .hidden { display: none; }
            .trend { margin: .2rem 0 1rem; }
            .trend svg { display: block; width: 24rem; max-width: 100%; height: 4.5rem; background: #f6f8fa; }
            .trend polyline { fill: none; stroke: var(--info); stroke-width: 2; }
            .trend circle { fill: var(--info); }
            .trend figcaption { color: #57606a; font-size: .9rem; }
            """;

    private static final String SCRIPT = """
            document.querySelectorAll('.filter input').forEach(function (box) {
              box.addEventListener('change', function () {
                document.querySelectorAll('tbody.rule[data-severity="' + box.dataset.severity + '"]')
                  .forEach(function (group) { group.classList.toggle('hidden', !box.checked); });
              });
            });
            """;
}
