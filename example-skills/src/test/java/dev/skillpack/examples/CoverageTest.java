package dev.skillpack.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pack's shape, as the seed found it works: one reference per framework, each required topic its
 * own H2 section that opens with a short directive and shows the directive applied in the framework's
 * language; and a SKILL.md that sends the agent to the right reference by path.
 */
class CoverageTest {
    /**
     * Every framework reference has exactly these H2 sections, in the order that suits the framework (the
     * Express reference lists them in middleware registration order).
     */
    static final List<String> TOPICS = List.of(
            "Login required by default",
            "CSRF protection",
            "Object-level authorization (IDOR)",
            "Session cookies and fixation",
            "Secrets and default keys",
            "Unvalidated redirects",
            "Password policy and hashing",
            "SQL injection",
            "Output encoding (XSS)",
            "Mass assignment",
            "Security headers",
            "File uploads",
            "Login rate limiting",
            "CORS with credentials",
            "JWT verification",
            "Path traversal in downloads",
            "SSRF",
            "Host header",
            "Debug and error pages");

    /**
     * Besides the framework's own language, the configuration and template languages a section may show its
     * example in (a cookie flag is a properties line in Spring Boot, a host list is JSON in ASP.NET Core).
     */
    static final Map<String, List<String>> CONFIG_LANGUAGES = Map.of(
            "java", List.of("properties", "html"),
            "javascript", List.of("html"),
            "python", List.of("html"),
            "ruby", List.of("erb"),
            "php", List.of("html"),
            "csharp", List.of("html", "json"));

    /**
     * A directive is read before its example and must stay a directive, not an essay: at most two
     * sentences and this many characters of plain text (the longest today is about 250).
     */
    static final int MAX_DIRECTIVE_CHARS = 300;
    static final int MAX_DIRECTIVE_SENTENCES = 2;

    /** What SKILL.md must name so the agent can detect each framework from the project's manifests. */
    static final List<String> MANIFEST_MARKERS = List.of(
            "requirements.txt", "requirements/*.txt", "pyproject.toml", "Pipfile", "poetry.lock", "uv.lock",
            "flask", "django",
            "Gemfile", "rails", "rspec-rails",
            "composer.json", "laravel/framework",
            "*.csproj", "Sdk=\"Microsoft.NET.Sdk.Web\"", "AddControllersWithViews",
            "pom.xml", "build.gradle", "build.gradle.kts", "gradle/libs.versions.toml", "spring-boot-starter-web",
            "package.json", "express", "express-rate-limit", "@nestjs/platform-express");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private static Skill skill;

    @BeforeAll
    static void readPack() {
        skill = ExamplePack.skill();
    }

    static List<String> references() {
        return List.copyOf(ExamplePack.REFERENCE_LANGUAGES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void everyTopicHasADirectiveAndAnExampleInTheFrameworksLanguage(String reference) {
        MarkdownDocument doc = ExamplePack.reference(skill, reference);
        String language = ExamplePack.REFERENCE_LANGUAGES.get(reference);
        List<String> problems = new ArrayList<>();

        List<Section> h2 = doc.allSections().filter(s -> s.heading().level() == 2).toList();
        assertThat(h2).extracting(s -> s.heading().text())
                .as("H2 sections of %s", reference)
                .containsExactlyInAnyOrderElementsOf(TOPICS);
        List<String> anchors = h2.stream().map(s -> s.heading().anchor()).toList();

        for (Section section : h2) {
            String where = reference + ":" + section.heading().span().line() + " \"" + section.heading().text() + "\"";
            checkDirective(doc, section, where, problems);
            List<CodeExample> examples = section.flatten().flatMap(s -> s.codeExamples().stream()).toList();
            List<String> accepted = new ArrayList<>(CONFIG_LANGUAGES.get(language));
            accepted.add(language);
            boolean ownExample = examples.stream()
                    .anyMatch(e -> e.language().filter(accepted::contains).isPresent() && !ExamplePack.isFragment(e));
            boolean pointsToExample = directiveLinks(doc, section).stream()
                    .anyMatch(a -> anchors.contains(a) && !a.equals(section.heading().anchor()));
            if (!ownExample && !pointsToExample) {
                problems.add(where + ": no complete example in " + accepted
                        + " (fragments do not count), and the directive links to no section that has one");
            }
            examples.stream().filter(e -> e.language().isEmpty()).forEach(e -> problems.add(
                    reference + ":" + e.span().line() + ": code block without a language"));
        }
        assertThat(problems).as("coverage problems in %s", reference).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void contentsListLinksEverySection(String reference) {
        MarkdownDocument doc = ExamplePack.reference(skill, reference);
        int firstSection = doc.allSections().filter(s -> s.heading().level() == 2)
                .mapToInt(s -> s.heading().span().line()).min().orElse(Integer.MAX_VALUE);
        List<String> anchors = doc.links().stream()
                .filter(l -> l.target().kind() == LinkTarget.Kind.ANCHOR && l.span().line() < firstSection)
                .map(l -> l.target().fragment()).toList();
        List<String> sectionAnchors = doc.allSections().filter(s -> s.heading().level() == 2)
                .map(s -> s.heading().anchor()).toList();

        assertThat(anchors).as("in-page links of %s", reference).containsExactlyElementsOf(sectionAnchors);
    }

    @Test
    void skillFileLinksEveryReferenceByPathAndSaysToReadIt() {
        MarkdownDocument body = skill.body();
        List<String> linked = body.links().stream()
                .filter(l -> l.target().kind() == LinkTarget.Kind.FILE)
                .map(Link::skillPath).flatMap(Optional::stream).distinct().toList();
        List<String> readSentences = body.paragraphs().stream().map(Paragraph::text)
                .filter(t -> t.contains("Read references/")).toList();

        assertThat(linked).containsExactlyInAnyOrderElementsOf(ExamplePack.REFERENCE_LANGUAGES.keySet());
        for (String reference : ExamplePack.REFERENCE_LANGUAGES.keySet()) {
            assertThat(readSentences).as("a sentence in SKILL.md that says \"Read %s\"", reference)
                    .anyMatch(t -> t.contains("Read " + reference));
        }
    }

    @Test
    void skillFileNamesEveryManifestMarker() {
        List<String> codeSpans = skill.body().inlineCode().stream().map(InlineCode::code).toList();

        assertThat(codeSpans).containsAll(MANIFEST_MARKERS);
    }

    @Test
    void everyFrameworkHasItsOwnReferenceAndNothingElse() {
        assertThat(skill.references()).extracting(r -> r.relativePath())
                .containsExactlyInAnyOrderElementsOf(ExamplePack.REFERENCE_LANGUAGES.keySet());
    }

    /** The in-page anchors the section's opening paragraph links to. */
    private static List<String> directiveLinks(MarkdownDocument doc, Section section) {
        if (section.blocks().isEmpty() || !(section.blocks().get(0) instanceof Paragraph directive)) {
            return List.of();
        }
        return doc.links().stream()
                .filter(l -> l.target().kind() == LinkTarget.Kind.ANCHOR
                        && l.span().offset() >= directive.span().offset()
                        && l.span().offset() < directive.span().endOffset())
                .map(l -> l.target().fragment()).toList();
    }

    private static void checkDirective(MarkdownDocument doc, Section section, String where, List<String> problems) {
        List<Block> blocks = section.blocks();
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph directive)
                || directive.container() != Block.Container.ROOT) {
            problems.add(where + ": does not open with a directive paragraph");
            return;
        }
        String text = directive.text();
        if (text.length() > MAX_DIRECTIVE_CHARS) {
            problems.add(where + ": directive is " + text.length() + " characters; keep it within "
                    + MAX_DIRECTIVE_CHARS);
        }
        int sentences = sentences(doc, directive);
        if (sentences > MAX_DIRECTIVE_SENTENCES) {
            problems.add(where + ": directive has " + sentences + " sentences; keep it to "
                    + MAX_DIRECTIVE_SENTENCES);
        }
    }

    /** Counts sentences in the paragraph's Markdown with code spans and link targets masked, so dots in code do not count. */
    private static int sentences(MarkdownDocument doc, Paragraph paragraph) {
        String markdown = doc.file().text().substring(paragraph.span().offset(), paragraph.span().endOffset());
        String masked = LINK.matcher(CODE_SPAN.matcher(markdown).replaceAll("Code")).replaceAll("$1");
        return SENTENCE_END.split(masked.strip()).length;
    }
}
