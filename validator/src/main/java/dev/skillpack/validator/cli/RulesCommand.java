package dev.skillpack.validator.cli;

import dev.skillpack.validator.internal.Suggestions;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillpack rules [ID]}: the rule table, or one rule's doc page. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules, or print one rule's documentation (by id or alias).")
final class RulesCommand implements Callable<Integer> {
    /** Where the build puts docs/rules/*.md inside the jar. */
    static final String DOCS = "/dev/skillpack/validator/docs/";

    private final CliEnvironment env;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "a rule id (SP101) or alias (body-tokens)")
    private String id;

    RulesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = env.rules().get();
        if (id == null) {
            env.out().print(table(registry.rules()));
            return ExitCodes.OK;
        }
        Rule rule = registry.find(id).orElseThrow(() -> new UsageException(unknownRule(registry, id)));
        RuleMeta meta = rule.meta();
        try (InputStream page = RulesCommand.class.getResourceAsStream(DOCS + meta.id() + ".md")) {
            if (page != null) {
                String text = new String(page.readAllBytes(), StandardCharsets.UTF_8);
                env.out().print(text.endsWith("\n") ? text : text + "\n");
                return ExitCodes.OK;
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the doc page of " + meta.id() + ": " + Paths.reason(e));
        }
        env.out().print(fallbackPage(meta));
        return ExitCodes.OK;
    }

    /** The message for a rule id or alias that no rule has, with the nearest one when it is a near miss. */
    static String unknownRule(RuleRegistry registry, String written) {
        // an id one digit off is as likely any other rule, so only aliases are suggested
        List<String> aliases = registry.rules().stream().map(r -> r.meta().alias()).toList();
        String suggestion = written.matches("(?i)[a-z]+\\d+") ? "" : Suggestions.suggest(written, aliases);
        return "unknown rule '" + written + "'" + suggestion + "; run 'skillpack rules' to list ids and aliases";
    }

    static String table(List<Rule> rules) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "alias", "category", "severity", "fix", "summary"});
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            rows.add(new String[] {m.id(), m.alias(), m.category().id(), m.defaultSeverity().id(),
                    rule.fixKind().label(), m.summary()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                out.append(String.format("%-" + widths[i] + "s", row[i])).append("  ");
            }
            out.append(row[5]).append('\n');
        }
        if (rules.isEmpty()) {
            out.append("(no rules registered)\n");
        }
        return out.toString();
    }

    /** For custom rules without a page in the jar: what the metadata says. */
    private static String fallbackPage(RuleMeta meta) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(meta.id()).append(' ').append(meta.alias()).append("\n\n")
                .append("Category: ").append(meta.category().id()).append('\n')
                .append("Default severity: ").append(meta.defaultSeverity().id()).append("\n\n")
                .append(meta.summary()).append('\n');
        if (!meta.options().isEmpty()) {
            out.append("\nOptions:\n");
            for (OptionSpec o : meta.optionSpecs()) {
                out.append("  ").append(o.name()).append(" (").append(o.type().name().toLowerCase(java.util.Locale.ROOT))
                        .append(", default ").append(o.defaultValue()).append("): ").append(o.description()).append('\n');
            }
        }
        out.append("\n(no documentation page is bundled for this rule)\n");
        return out.toString();
    }
}
