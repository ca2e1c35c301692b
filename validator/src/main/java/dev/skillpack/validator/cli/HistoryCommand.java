package dev.skillpack.validator.cli;

import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.history.CommitInfo;
import dev.skillpack.core.history.HistoryEntry;
import dev.skillpack.core.history.SkillHistory;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillpack history SKILL}: the commits that changed a skill, with token counts at each. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Show the commits that changed a skill (renames of its folder followed), with author, date, "
                + "subject and the tokens of its metadata, body and each reference at each commit.",
                "--format svg draws the token trend as a chart."})
final class HistoryCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(paramLabel = "SKILL", description = "the skill's folder or its SKILL.md")
    private String skill;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or svg (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--rev", paramLabel = "REV", defaultValue = "HEAD",
            description = "start from this revision (default: ${DEFAULT-VALUE})")
    private String rev;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of stdout")
    private String output;

    @Option(names = "--tokenizer", paramLabel = "NAME", description = "o200k_base or cl100k_base (default: o200k_base)")
    private String tokenizer;

    HistoryCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "svg").contains(chosen)) {
            throw new UsageException("unknown format '" + format + "'; use text, json or svg");
        }
        Tokenizer encoding = tokenizer == null ? Tokenizer.O200K_BASE : Tokenizer.byId(tokenizer).orElseThrow(() ->
                new UsageException("unknown tokenizer '" + tokenizer + "'; use o200k_base or cl100k_base"));
        SkillHistory history;
        try (GitSkill located = GitSkill.open(env, skill)) {
            history = located.repository().history(located.resolve(rev), located.folder(), TokenCounter.of(encoding));
        } catch (IOException e) {
            throw new UsageException("cannot read the git history: " + Paths.reason(e));
        }
        String rendered = switch (chosen) {
            case "json" -> JsonWriter.pretty(json(history, encoding)) + "\n";
            case "svg" -> TokenTrendChart.render(history, skill);
            default -> text(history);
        };
        if (output == null) {
            env.out().print(rendered);
        } else {
            try {
                Files.writeString(env.resolve(output), rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + output + ": " + Paths.reason(e));
            }
            env.err().println("wrote " + output);
        }
        return ExitCodes.OK;
    }

    static String text(SkillHistory history) {
        StringBuilder out = new StringBuilder();
        int n = history.entries().size();
        out.append("history of ").append(UntrustedText.line(history.skillFolder().isEmpty() ? "." : history.skillFolder()))
                .append(" from ").append(UntrustedText.line(history.from().name())).append(": ").append(n)
                .append(n == 1 ? " commit" : " commits").append('\n');
        if (n == 0) {
            out.append("no commit at or before ").append(UntrustedText.line(history.from().name()))
                    .append(" has this folder\n");
            return out.toString();
        }
        out.append(String.format("%-7s  %-10s  %-9s  %8s  %6s  %10s  %6s  %-20s  %s%n", "commit", "date", "version",
                "metadata", "body", "references", "total", "author", "subject"));
        for (HistoryEntry e : history.entries()) {
            CommitInfo c = e.commit();
            int references = e.tokens().references().values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format("%-7s  %-10s  %-9s  %8d  %6d  %10d  %6d  %-20s  %s%s%n", c.shortId(),
                    c.date().toLocalDate(), UntrustedText.line(e.version().orElse("-")), e.tokens().metadata(),
                    e.tokens().body(), references, e.tokens().total(), UntrustedText.line(shorten(c.author(), 20)),
                    UntrustedText.line(c.subject()), note(e)));
        }
        history.cutAt().ifPresentOrElse(cut -> out.append("history stops at ").append(cut.shortId()).append(" (")
                        .append(cut.date().toLocalDate()).append("): the clone is shallow; run git fetch --unshallow "
                        + "to see older commits\n"),
                () -> out.append("complete: the oldest commit listed added the skill\n"));
        return out.toString();
    }

    private static String note(HistoryEntry e) {
        return switch (e.change()) {
            case ADDED -> "  [added]";
            case RENAMED -> "  [renamed from " + UntrustedText.line(e.renamedFrom().orElse("?")) + "]";
            case MERGED -> "  [merge]";
            case HISTORY_CUT -> "  [history stops here: shallow clone]";
            case MODIFIED -> "";
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static Map<String, Object> json(SkillHistory history, Tokenizer tokenizer) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "skillpack-history/1");
        root.put("skill", history.skillFolder());
        root.put("from", history.from().name());
        root.put("fromCommit", history.from().id());
        root.put("tokenizer", tokenizer.id());
        root.put("complete", history.complete());
        root.put("cutAt", history.cutAt().map(CommitInfo::id).orElse(null));
        List<Object> commits = new ArrayList<>();
        for (HistoryEntry e : history.entries()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", e.commit().id());
            c.put("author", e.commit().author());
            c.put("email", e.commit().authorEmail());
            c.put("date", e.commit().date().toString());
            c.put("subject", e.commit().subject());
            c.put("change", e.change().name().toLowerCase(Locale.ROOT));
            c.put("path", e.path());
            c.put("renamedFrom", e.renamedFrom().orElse(null));
            c.put("version", e.version().orElse(null));
            Map<String, Object> tokens = new LinkedHashMap<>();
            tokens.put("metadata", e.tokens().metadata());
            tokens.put("body", e.tokens().body());
            tokens.put("references", new LinkedHashMap<String, Object>(e.tokens().references()));
            tokens.put("total", e.tokens().total());
            c.put("tokens", tokens);
            commits.add(c);
        }
        root.put("commits", commits);
        return root;
    }
}
