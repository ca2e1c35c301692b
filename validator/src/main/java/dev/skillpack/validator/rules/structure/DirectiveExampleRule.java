package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.prose.Directive;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.HtmlBlock;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.Table;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In a reference, a section that carries neither a short directive nor a code example: it is empty,
 * or it opens with a long paragraph and shows nothing. Short explicit directives with example code are
 * what made reference files work; long explanations without examples are what agents skim.
 * Navigation sections (contents, overview, see also, ...), sections whose sub-sections carry the
 * content, and sections that hold a table or code are left alone.
 */
public final class DirectiveExampleRule implements Rule {
    private static final OptionKey<Integer> MAX_DIRECTIVE_WORDS = OptionKey.integer("max-directive-words", 80,
            "most words the paragraph opening a section may have to count as a directive");
    private static final OptionKey<List<Glob>> PATHS = OptionKey.globs("paths", List.of("references/**"),
            "globs of the Markdown files checked");
    private static final OptionKey<String> REQUIRE_EXAMPLE = OptionKey.string("require-example", "code-level",
            "when a short directive with no code block is reported: code-level (it names an API, setting, file or "
                + "command in a code span and shows none of them applied), always (every such section), or never")
            .map(s -> s.strip().toLowerCase(java.util.Locale.ROOT));
    private static final OptionKey<java.util.Set<String>> CODE_VERBS = OptionKey.lowerCaseWords("code-verbs",
            List.of("use", "call", "set", "enable", "disable", "pass", "add", "replace", "prefer", "import",
            "configure", "install", "wrap", "declare", "define", "invoke", "create", "apply", "specify",
            "annotate", "initialize", "register", "escape", "sanitize", "quote", "compare", "return", "raise", "throw",
            "catch", "bind", "mark", "put", "store", "load", "compile", "build", "link", "pin", "lock", "mount",
            "export", "generate", "encode", "decode", "hash", "sign", "encrypt", "decrypt", "validate", "parse",
            "serialize", "close", "open", "free", "zero", "clear", "allocate", "lint", "format"),
            "imperative verbs that make a directive code-level when a code span follows them (\"Use `secure_compare` "
                + "...\"); verbs of review (check, verify, look) are left out: an audit checklist names code without "
                + "applying it, and so are run and start: the command named after them is already the example");
    private static final RuleMeta META = RuleMeta.of("SP216", "directive-example", Category.STRUCTURE,
            Severity.INFO, "A reference section has neither a short directive nor a code example.",
            MAX_DIRECTIVE_WORDS, PATHS, REQUIRE_EXAMPLE, CODE_VERBS);
    private static final Pattern NAVIGATION = Pattern.compile("(?i).*\\b(?:contents|toc|overview|introduction|intro|"
            + "summary|background|about|purpose|scope|see also|resources|further reading|related|links|index|"
            + "glossary|appendix|notes?|changelog|history|prerequisites|requirements|quick ?start|quick reference|"
            + "cheat ?sheet|faq|when to use|terminology|definitions|references?|why|rationale|motivation|"
            + "context)\\b.*");

    private static final Pattern COMMENTS_ONLY = Pattern.compile("(?s)\\s*(?:<!--.*?-->\\s*)+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int maxWords = context.options().get(MAX_DIRECTIVE_WORDS);
        String require = context.options().get(REQUIRE_EXAMPLE);
        java.util.Set<String> verbs = context.options().get(CODE_VERBS);
        List<Glob> paths = context.options().get(PATHS);
        for (ReferenceFile reference : skill.references()) {
            if (SkillLayout.ignored(reference.relativePath())
                    || paths.stream().noneMatch(m -> m.matches(reference.relativePath()))) {
                continue;
            }
            ProseDocument prose = context.analysis().prose().stream()
                    .filter(d -> d.document() == reference.document()).findFirst()
                    .orElseGet(() -> ProseDocument.of(reference.document()));
            reference.document().allSections()
                    .forEach(section -> check(section, prose, maxWords, require, verbs, context));
        }
    }

    private static void check(Section section, ProseDocument prose, int maxWords, String require,
                              java.util.Set<String> verbs, RuleContext context) {
        String heading = section.heading().text();
        if (!section.children().isEmpty() || NAVIGATION.matcher(heading).matches()) {
            return;
        }
        List<Block> blocks = section.blocks().stream().filter(b -> !isComment(b)).toList();
        if (blocks.stream().anyMatch(b -> b instanceof CodeExample || b instanceof Table || b instanceof HtmlBlock)) {
            return;
        }
        if (blocks.isEmpty()) {
            context.report(section.heading().span(), String.format("section \"%s\" is empty; give it a short "
                    + "directive and a code example, or remove the heading", heading));
            return;
        }
        if (blocks.get(0) instanceof Paragraph opening) {
            int words = words(opening.text());
            if (words > maxWords) {
                context.report(section.heading().span(), String.format("section \"%s\" opens with a %d-word paragraph "
                        + "and shows no code; open with a directive of at most %d words and show it applied in an "
                        + "example", heading, words, maxWords));
                return;
            }
        }
        directiveWithoutExample(section, prose, blocks, require, verbs, context);
    }

    /**
     * A directive and no example: reported when a directive of the section starts with a verb that acts on
     * code ("use", "call", "set", ...) and names code after it (an API, setting, file or command in a code
     * span), and no code span of the section shows anything applied; under "always", for any directive with
     * no code span applied.
     */
    private static void directiveWithoutExample(Section section, ProseDocument prose, List<Block> blocks,
                                                String require, java.util.Set<String> verbs, RuleContext context) {
        if (require.equals("never")) {
            return;
        }
        List<InlineCode> code = blocks.stream().filter(b -> b instanceof Paragraph).map(b -> (Paragraph) b)
                .flatMap(p -> p.inlineCode().stream()).filter(c -> !c.code().isBlank()).toList();
        if (code.stream().anyMatch(c -> applied(c.code()))) {
            return;
        }
        int from = section.span().offset();
        int to = from + section.span().length();
        List<Directive> directives = prose.paragraphSentences().stream()
                .filter(t -> t.start() >= from && t.end() <= to).map(prose::directive)
                .flatMap(java.util.Optional::stream).toList();
        String heading = section.heading().text();
        for (Directive directive : directives) {
            if (!verbs.contains(directive.verb()) || directive.negative()
                    || directive.sentence().text().strip().endsWith("?")) {
                continue; // "do not create `pkg/`" and "use `...` wildcards?" ask nothing to be applied
            }
            for (InlineCode c : code) {
                int at = c.span().offset();
                if (at >= directive.verbStart() && at < directive.sentence().end()
                        && objectOfVerb(directive, at) && codeLevel(c.code().strip())) {
                    context.report(section.heading().span(), String.format("section \"%s\" tells the agent what to "
                            + "do with `%s` but shows no example; add a short code block that shows it applied",
                            heading, c.code().strip()));
                    return;
                }
            }
        }
        if (require.equals("always") && !directives.isEmpty()) {
            context.report(section.heading().span(), String.format("section \"%s\" gives a directive but shows no "
                    + "example; add a short code block that shows it applied", heading));
        }
    }

    /**
     * Whether the code span at {@code at} is what the verb acts on: at most {@link #OBJECT_WORDS} words from the
     * verb ("Set `X`", "Declare the floor with `X`"), not a name further on in the sentence ("Put the oracle at
     * the end of the process that generated `X`").
     */
    private static boolean objectOfVerb(Directive directive, int at) {
        Sentence sentence = directive.sentence();
        String between = sentence.text().substring(directive.verbStart() - sentence.start(), at - sentence.start());
        return Sentence.words(between).size() <= OBJECT_WORDS;
    }

    /** The verb and up to three words between it and its object. */
    private static final int OBJECT_WORDS = 4;

    /**
     * Whether a code span names code an example would show applied: not a command-line flag (complete as
     * written), not a file, folder or extension (a place, not a use), not a plain capitalised word or other
     * text without letters (a value such as `Low`, an ellipsis).
     */
    private static boolean codeLevel(String code) {
        return !code.startsWith("-") && !code.startsWith(".") && !code.contains("/")
                && !FILE_NAME.matcher(code).matches() && !PLAIN_WORD.matcher(code).matches()
                && code.chars().anyMatch(Character::isLetter);
    }

    private static final Pattern FILE_NAME = Pattern.compile("(?i)[\\w.-]+\\.(?:md|markdown|txt|rst|json|jsonc|toml|"
            + "ya?ml|lock|cfg|ini|conf|xml|html?|csv|gemspec|gradle|properties|py|js|mjs|cjs|ts|tsx|jsx|rb|go|rs|"
            + "java|kt|c|h|cc|cpp|hpp|sh|ps1|sql|fc|func|sol|lean)");
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Z][a-z]+");

    /** A code span that shows a use, not just a name: a call with arguments, an assignment, a command with words. */
    private static boolean applied(String code) {
        return APPLIED.matcher(code).find();
    }

    private static final Pattern APPLIED = Pattern.compile("\\s|=|\\([^)]|[{\\[\"']|->|=>|:");

    /** HTML comments (notes, suppressions) are not content. */
    private static boolean isComment(Block block) {
        return block instanceof HtmlBlock html && COMMENTS_ONLY.matcher(html.html()).matches();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
