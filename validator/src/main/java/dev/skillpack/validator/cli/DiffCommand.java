package dev.skillpack.validator.cli;

import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.core.history.FieldChange;
import dev.skillpack.core.history.FileChange;
import dev.skillpack.core.history.ReleaseTag;
import dev.skillpack.core.history.Revision;
import dev.skillpack.core.history.SectionChange;
import dev.skillpack.core.history.SectionDiff;
import dev.skillpack.core.history.SectionRef;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.tokens.TokenCounter;
import dev.skillpack.core.tokens.Tokenizer;
import java.io.IOException;
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

/** {@code skillpack diff SKILL [A [B]]}: what changed in a skill, section by section. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed in a skill between two revisions, section by section: sections added, "
                + "removed, renamed, moved and changed with their token delta; front-matter fields; files.",
                "Without A, the skill's last release tag (<name>/v<version>); without B, the work tree."})
final class DiffCommand implements Callable<Integer> {
    static final String WORKING_TREE = "working tree";

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "SKILL", description = "the skill's folder or its SKILL.md")
    private String skill;

    @Parameters(index = "1", arity = "0..1", paramLabel = "A", description = "the older revision")
    private String from;

    @Parameters(index = "2", arity = "0..1", paramLabel = "B", description = "the newer revision")
    private String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--tokenizer", paramLabel = "NAME", description = "o200k_base or cl100k_base (default: o200k_base)")
    private String tokenizer;

    DiffCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            throw new UsageException("unknown format '" + format + "'; use text or json");
        }
        Tokenizer encoding = tokenizer == null ? Tokenizer.O200K_BASE : Tokenizer.byId(tokenizer).orElseThrow(() ->
                new UsageException("unknown tokenizer '" + tokenizer + "'; use o200k_base or cl100k_base"));
        SkillParser parser = SkillParser.create();
        SectionDiff diff;
        try (GitSkill located = GitSkill.open(env, skill)) {
            Skill newer;
            String newerLabel;
            if (to == null) {
                if (located.repository().bare()) {
                    throw new UsageException("a bare repository has no work tree; give both revisions A and B");
                }
                newer = parser.parseSkill(located.repository().workingTree(located.folder()));
                newerLabel = WORKING_TREE;
            } else {
                Revision b = located.resolve(to);
                newer = parser.parseSkill(located.repository().sourceAt(b, located.folder()));
                newerLabel = to;
            }
            Revision a = from != null ? located.resolve(from) : lastRelease(located, newer);
            Skill older = parser.parseSkill(located.repository().sourceAt(a, located.folder()));
            diff = SectionDiff.between(a.name(), older, newerLabel, newer, TokenCounter.of(encoding));
        } catch (IOException e) {
            throw new UsageException("cannot read the git repository: " + Paths.reason(e));
        }
        env.out().print(chosen.equals("json") ? JsonWriter.pretty(json(diff)) + "\n" : text(diff));
        return ExitCodes.OK;
    }

    private static Revision lastRelease(GitSkill located, Skill current) throws IOException {
        String name = current.name().filter(n -> !n.isBlank()).orElse(current.folderName());
        Revision head = located.resolve("HEAD");
        Optional<ReleaseTag> last = located.repository().lastRelease(name, head);
        if (last.isEmpty()) {
            throw new UsageException("no release of " + name + " yet (release tags are named " + name
                    + "/v<version>); give the revision to compare with, e.g. skillpack diff " + located.given() + " HEAD~1");
        }
        return located.resolve(last.get().tagName());
    }

    static String text(SectionDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("diff ").append(UntrustedText.line(diff.beforeLabel())).append(" -> ")
                .append(UntrustedText.line(diff.afterLabel())).append('\n');
        if (diff.isEmpty()) {
            return out.append("no changes\n").toString();
        }
        if (!diff.fields().isEmpty()) {
            out.append("front matter:\n");
            for (FieldChange f : diff.fields()) {
                String sign = f.before().isEmpty() ? "+" : f.after().isEmpty() ? "-" : "~";
                out.append("  ").append(sign).append(' ').append(UntrustedText.line(f.key())).append(": ");
                if (f.before().isPresent() && f.after().isPresent()) {
                    out.append(quote(f.before().get())).append(" -> ").append(quote(f.after().get()));
                } else {
                    out.append(quote(f.before().or(f::after).orElse("")));
                }
                out.append('\n');
            }
        }
        if (!diff.files().isEmpty()) {
            out.append("files:\n");
            for (FileChange f : diff.files()) {
                out.append("  ").append(switch (f.kind()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "- ";
                    case CHANGED -> "~ ";
                }).append(UntrustedText.line(f.path())).append('\n');
            }
        }
        if (!diff.sections().isEmpty()) {
            out.append("sections:\n");
            for (SectionChange s : diff.sections()) {
                out.append(String.format("  %-8s %s%s%n", s.kind().name().toLowerCase(Locale.ROOT), describe(s),
                        s.tokenDelta() == 0 ? "" : String.format("  (%+d tokens)", s.tokenDelta())));
            }
        }
        out.append(String.format("tokens: %,d -> %,d (%+d)%n", diff.tokensBefore().total(), diff.tokensAfter().total(),
                diff.tokenDelta()));
        diff.suggestedBump().ifPresent(b -> out.append("release this as: ").append(b.label()).append(switch (b) {
            case MAJOR -> " (a section or file was removed)";
            case MINOR -> " (a section or file was added)";
            case PATCH -> " (content changed, nothing added or removed)";
        }).append('\n'));
        return out.toString();
    }

    private static String describe(SectionChange s) {
        return switch (s.kind()) {
            case RENAMED, MOVED -> UntrustedText.line(s.before().orElseThrow().id()) + " -> "
                    + UntrustedText.line(s.after().orElseThrow().id()) + (s.contentChanged() ? ", text changed" : "");
            default -> UntrustedText.line(s.section().id()) + " (line " + s.section().line() + ")";
        };
    }

    private static String quote(String value) {
        String flat = value.replace("\n", " ");
        return "\"" + UntrustedText.line(flat.length() > 120 ? flat.substring(0, 117) + "..." : flat) + "\"";
    }

    static Map<String, Object> json(SectionDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "skillpack-diff/1");
        root.put("before", diff.beforeLabel());
        root.put("after", diff.afterLabel());
        List<Object> fields = new ArrayList<>();
        for (FieldChange f : diff.fields()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("before", f.before().orElse(null));
            m.put("after", f.after().orElse(null));
            fields.add(m);
        }
        root.put("fields", fields);
        List<Object> files = new ArrayList<>();
        for (FileChange f : diff.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("change", f.kind().name().toLowerCase(Locale.ROOT));
            files.add(m);
        }
        root.put("files", files);
        List<Object> sections = new ArrayList<>();
        for (SectionChange s : diff.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", s.kind().name().toLowerCase(Locale.ROOT));
            m.put("before", s.before().map(DiffCommand::ref).orElse(null));
            m.put("after", s.after().map(DiffCommand::ref).orElse(null));
            m.put("tokensBefore", s.tokensBefore());
            m.put("tokensAfter", s.tokensAfter());
            m.put("contentChanged", s.contentChanged());
            sections.add(m);
        }
        root.put("sections", sections);
        root.put("tokensBefore", diff.tokensBefore().total());
        root.put("tokensAfter", diff.tokensAfter().total());
        root.put("suggestedBump", diff.suggestedBump().map(b -> b.label()).orElse(null));
        return root;
    }

    private static Map<String, Object> ref(SectionRef ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", ref.file());
        m.put("headings", new ArrayList<Object>(ref.headingPath()));
        m.put("level", ref.level());
        m.put("line", ref.line());
        return m;
    }
}
