package dev.skillpack.validator.cli;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.rules.concise.ConciseScore;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillpack tokens PATH...}: what each skill costs. Per skill the metadata (name + description,
 * in every prompt), SKILL.md's body and each other Markdown file with its sections, against the
 * budgets of the budget rules (their configured {@code warn-tokens}/{@code max-tokens} when those
 * rules exist, else 5000 for the body and 10000 per reference), and the number of findings of the
 * {@code concise} rules per 1000 tokens of each file.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Show token counts per skill, file and section, with budgets.")
final class TokensCommand implements Callable<Integer> {
    /** Used when no budget rule with a token option is registered. */
    static final int DEFAULT_BODY_BUDGET = 5000;
    /** Used when no budget rule with a token option is registered. */
    static final int DEFAULT_REFERENCE_BUDGET = 10000;
    private static final String BODY_RULE = "SP101";
    private static final String REFERENCE_RULE = "SP104";
    private static final List<String> BUDGET_OPTIONS = List.of("warn-tokens", "max-tokens");

    private final CliEnvironment env;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "skill folders, folders of skills, or SKILL.md files")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--tokenizer", paramLabel = "NAME", description = "o200k_base or cl100k_base")
    private String tokenizer;

    @Option(names = "--config", paramLabel = "FILE", description = "use FILE instead of the .skillpack.yaml found")
    private String config;

    TokensCommand(CliEnvironment env) {
        this.env = env;
    }

    /** One row of the table. */
    private record Row(String label, int depth, String path, String kind, int tokens, int lines, Integer budget,
                       Double concisePer1000, List<Row> sections, int headingLine, int level) {
    }

    @Override
    public Integer call() throws ConfigException {
        if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
            throw new UsageException("unknown format '" + format + "'; use text or json");
        }
        Optional<Tokenizer> chosen = Optional.ofNullable(tokenizer).map(t -> Tokenizer.byId(t).orElseThrow(
                () -> new UsageException("unknown tokenizer '" + t + "'; use o200k_base or cl100k_base")));
        RuleRegistry registry = env.rules().get();
        List<ValidationSession.Run> runs = ValidationRun.session(env, registry, paths, new ValidationRun.Options(
                Optional.empty(), chosen, Optional.ofNullable(config), List.of(), List.of(), Optional.empty()))
                .runs();
        List<Map<String, Object>> skillsJson = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int metadataTotal = 0;
        int skillCount = 0;
        Tokenizer first = null;
        for (ValidationSession.Run run : runs) {
            ValidatorConfig settings = run.config();
            SkillPack pack = run.parse();
            TokenCounter counter = TokenCounter.of(settings.tokenizer());
            first = first == null ? counter.tokenizer() : first;
            skillCount += pack.skills().size();
            int bodyBudget = budget(registry, settings, BODY_RULE, DEFAULT_BODY_BUDGET);
            int referenceBudget = budget(registry, settings, REFERENCE_RULE, DEFAULT_REFERENCE_BUDGET);
            List<Rule> concise = registry.rules().stream().filter(r -> r.meta().category() == Category.CONCISE)
                    .toList();
            List<Finding> conciseFindings = concise.isEmpty() ? List.of()
                    : Validator.builder().rules(concise).config(settings).build().validate(pack).active();
            for (Skill skill : pack.skills()) {
                String metadataText = skill.frontmatter().name().orElse("") + "\n"
                        + skill.frontmatter().description().orElse("");
                int metadata = counter.count(metadataText);
                metadataTotal += metadata;
                List<Row> rows = new ArrayList<>();
                for (MarkdownDocument doc : skill.markdownFiles()) {
                    boolean body = doc == skill.body();
                    String content = body ? doc.body() : doc.file().text();
                    int tokens = counter.count(content);
                    int lines = body ? doc.bodyLineCount() : lineCount(doc.file().text());
                    Double concisePer1000 = concise.isEmpty() ? null
                            : ConciseScore.forFile(conciseFindings, doc.path(), tokens).perThousandTokens();
                    List<Row> sections = new ArrayList<>();
                    int minLevel = doc.allSections().mapToInt(s -> s.heading().level()).min().orElse(1);
                    doc.allSections().forEach(s -> sections.add(section(s, doc, counter, minLevel)));
                    String rel = doc.file().relativePath();
                    rows.add(new Row(body ? rel + " (body)" : rel, 0, doc.path(), body ? "body" : "reference", tokens,
                            lines, body ? bodyBudget : referenceBudget, concisePer1000, sections, 0, 0));
                }
                skillsJson.add(skillJson(skill, metadata, rows));
                text.append(skillText(skill, metadata, rows, counter.tokenizer()));
            }
        }
        if (format.equalsIgnoreCase("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("tokenizer", first.id());
            root.put("skills", skillsJson);
            Map<String, Object> packJson = new LinkedHashMap<>();
            packJson.put("skills", skillCount);
            packJson.put("metadataTokens", metadataTotal);
            root.put("pack", packJson);
            env.out().println(JsonWriter.pretty(root));
        } else {
            text.append("pack: ").append(skillCount).append(skillCount == 1 ? " skill" : " skills")
                    .append(", ").append(metadataTotal).append(metadataTotal == 1 ? " metadata token" : " metadata tokens")
                    .append(" always loaded\n");
            env.out().print(text);
        }
        return ExitCodes.OK;
    }

    private static Row section(Section s, MarkdownDocument doc, TokenCounter counter, int minLevel) {
        String text = doc.file().text().substring(s.span().offset(), s.span().endOffset());
        int lines = s.span().endLine() - s.span().line() + 1;
        String label = "#".repeat(s.heading().level()) + " " + s.heading().text();
        return new Row(label, s.heading().level() - minLevel + 1, doc.path(), "section", counter.count(text), lines,
                null, null, List.of(), s.heading().span().line(), s.heading().level());
    }

    private static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = (int) text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? n : n + 1;
    }

    /** A budget rule's configured token limit, when the rule exists and declares one. */
    static int budget(RuleRegistry registry, ValidatorConfig settings, String ruleId, int fallback) {
        Optional<Rule> rule = registry.find(ruleId);
        if (rule.isEmpty()) {
            return fallback;
        }
        RuleOptions options = RuleOptions.of(rule.get().meta(), settings.rule(ruleId).options());
        for (String name : BUDGET_OPTIONS) {
            Optional<OptionKey<?>> key = rule.get().meta().option(name)
                    .filter(o -> o.spec().type() == OptionSpec.Type.INTEGER);
            if (key.isPresent()) {
                return ((Number) options.get(key.get())).intValue();
            }
        }
        return fallback;
    }

    private static Map<String, Object> skillJson(Skill skill, int metadata, List<Row> rows) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", skill.frontmatter().name().orElse(skill.folderName()));
        json.put("path", skill.path());
        json.put("metadataTokens", metadata);
        List<Object> files = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", row.path());
            file.put("kind", row.kind());
            file.put("tokens", row.tokens());
            file.put("lines", row.lines());
            file.put("budget", row.budget());
            file.put("percentOfBudget", percent(row.tokens(), row.budget()));
            file.put("conciseFindingsPer1000Tokens", row.concisePer1000() == null ? null
                    : Math.round(row.concisePer1000() * 10) / 10.0);
            List<Object> sections = new ArrayList<>();
            for (Row s : row.sections()) {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("heading", s.label().substring(s.level() + 1));
                section.put("level", s.level());
                section.put("line", s.headingLine());
                section.put("tokens", s.tokens());
                section.put("lines", s.lines());
                sections.add(section);
            }
            file.put("sections", sections);
            files.add(file);
        }
        json.put("files", files);
        return json;
    }

    private static int percent(int tokens, Integer budget) {
        return budget == null || budget <= 0 ? 0 : (int) Math.round(tokens * 100.0 / budget);
    }

    private static String skillText(Skill skill, int metadata, List<Row> rows, Tokenizer tokenizer) {
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"file / section", "tokens", "lines", "budget", "used", "concise/1k"});
        for (Row row : rows) {
            table.add(new String[] {UntrustedText.line(row.label()), String.valueOf(row.tokens()), String.valueOf(row.lines()),
                    String.valueOf(row.budget()), percent(row.tokens(), row.budget()) + "%",
                    row.concisePer1000() == null ? "-" : String.format(Locale.ROOT, "%.1f", row.concisePer1000())});
            for (Row s : row.sections()) {
                table.add(new String[] {"  ".repeat(s.depth()) + UntrustedText.line(s.label()), String.valueOf(s.tokens()),
                        String.valueOf(s.lines()), "", "", ""});
            }
        }
        int[] widths = new int[6];
        for (String[] cells : table) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(UntrustedText.noWorkflowCommand(UntrustedText.line(skill.path()))).append(" (")
                .append(tokenizer.id()).append(")\n");
        out.append("  metadata (name + description, loaded for every installed skill): ").append(metadata)
                .append(metadata == 1 ? " token\n" : " tokens\n");
        for (String[] cells : table) {
            StringBuilder line = new StringBuilder("  ");
            line.append(String.format("%-" + widths[0] + "s", cells[0]));
            for (int i = 1; i < cells.length; i++) {
                line.append("  ").append(String.format("%" + widths[i] + "s", cells[i]));
            }
            out.append(UntrustedText.noWorkflowCommand(line.toString().stripTrailing())).append('\n');
        }
        out.append('\n');
        return out.toString();
    }
}
