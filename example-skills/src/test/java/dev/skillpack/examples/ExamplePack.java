package dev.skillpack.examples;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pack under test, read once per test class through skillpack's own parser. */
final class ExamplePack {
    /** The pack folder, relative to the module (the working directory of Maven's test run). */
    static final Path ROOT = Path.of("src/main/skills");
    /** The one skill of the pack. */
    static final String SKILL = "secure-web-development";

    /** Each framework reference and the fence language its code examples are written in. */
    static final Map<String, String> REFERENCE_LANGUAGES = orderedMap(
            "references/python-flask.md", "python",
            "references/python-django.md", "python",
            "references/ruby-rails.md", "ruby",
            "references/php-laravel.md", "php",
            "references/csharp-aspnetcore-mvc.md", "csharp",
            "references/java-spring-boot.md", "java",
            "references/javascript-express.md", "javascript");

    private ExamplePack() {
    }

    static Skill skill() {
        return SkillParser.create().parseSkill(ROOT.resolve(SKILL));
    }

    static MarkdownDocument reference(Skill skill, String relativePath) {
        return skill.references().stream().filter(r -> r.relativePath().equals(relativePath))
                .map(ReferenceFile::document).findFirst()
                .orElseThrow(() -> new AssertionError(relativePath + " is missing from " + SKILL));
    }

    /** @return the 1-based line of the Markdown file on which the example's first code line is written */
    static int firstCodeLine(CodeExample example) {
        return example.span().line() + (example.fenced() ? 1 : 0);
    }

    /** @return whether the fence's info string marks the example as a fragment, which is not compiled */
    static boolean isFragment(CodeExample example) {
        return example.attributes().contains("fragment");
    }

    /** @return the document's code examples that are not marked {@code fragment}, in file order */
    static List<CodeExample> completeExamples(MarkdownDocument doc) {
        return doc.codeExamples().stream().filter(e -> !isFragment(e)).toList();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
