package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.RuleOptions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which fence languages a Markdown file named for a language or framework should use. A file matches
 * a key when its name or one of its folders is the key or starts with the key and a hyphen or
 * underscore: {@code references/python-flask.md}, {@code python_mcp_server.md}, {@code go/README.md}.
 * Neutral languages (shell, data formats, HTML, SQL, ...) fit every file.
 *
 * @param frameworks key to the languages its files may use; the first is the one a fix writes
 * @param neutral languages every file may use
 */
record FrameworkLanguages(Map<String, List<String>> frameworks, Set<String> neutral) {

    private static final String PYTHON = "python py python3 py3 pycon ipython jinja jinja2 django htmldjango";
    private static final String RUBY = "ruby rb erb haml slim irb";
    private static final String PHP = "php blade twig phtml";
    private static final String CSHARP = "csharp cs c# razor cshtml aspx";
    private static final String JAVA = "java kotlin kt kts groovy gradle jsp";
    private static final String KOTLIN = "kotlin kt kts java groovy gradle";
    private static final String JAVASCRIPT = "javascript js jsx mjs cjs node typescript ts tsx ejs pug handlebars hbs";
    private static final String TYPESCRIPT = "typescript ts tsx javascript js jsx mjs cjs";
    private static final String GO = "go golang gotemplate";
    private static final String RUST = "rust rs";

    /** The built-in map of file-name keys to languages. */
    static final Map<String, String> DEFAULT_FRAMEWORKS = defaults();

    /** Languages every file may use. */
    static final List<String> DEFAULT_NEUTRAL = List.of("bash", "sh", "shell", "zsh", "console", "shell-session",
            "sh-session", "terminal", "powershell", "ps1", "pwsh", "cmd", "bat", "batch", "text", "txt", "plaintext",
            "plain", "output", "log", "json", "jsonc", "json5", "jsonl", "ndjson", "yaml", "yml", "toml", "xml", "html",
            "htm", "xhtml", "css", "scss", "ini", "cfg", "conf", "properties", "env", "dotenv", "sql", "diff", "patch",
            "dockerfile", "docker", "containerfile", "http", "nginx", "apache", "makefile", "make", "markdown", "md",
            "csv", "tsv", "graphql", "gql", "mermaid", "regex", "proto", "protobuf", "hcl", "asm", "nasm", "gas",
            "llvm", "objdump");

    private static Map<String, String> defaults() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("python", PYTHON);
        map.put("flask", PYTHON);
        map.put("django", PYTHON);
        map.put("fastapi", PYTHON);
        map.put("ruby", RUBY);
        map.put("rails", RUBY);
        map.put("php", PHP);
        map.put("laravel", PHP);
        map.put("csharp", CSHARP);
        map.put("dotnet", CSHARP);
        map.put("aspnetcore", CSHARP);
        map.put("java", JAVA);
        map.put("spring", JAVA);
        map.put("kotlin", KOTLIN);
        map.put("javascript", JAVASCRIPT);
        map.put("node", JAVASCRIPT);
        map.put("nodejs", JAVASCRIPT);
        map.put("express", JAVASCRIPT);
        map.put("typescript", TYPESCRIPT);
        map.put("go", GO);
        map.put("golang", GO);
        map.put("rust", RUST);
        return Map.copyOf(map);
    }

    /** The option declaring the map (both fence-language rules take it). */
    static final OptionKey<Map<String, String>> FRAMEWORKS = OptionKey.stringMap("frameworks", DEFAULT_FRAMEWORKS,
            "file-name key (python, ruby-rails's ruby, ...) to the space-separated fence languages its files may use; "
                + "the first is the one a fix writes");

    /** The option declaring the neutral languages. */
    static final OptionKey<List<String>> NEUTRAL_LANGUAGES = OptionKey.stringList("neutral-languages", DEFAULT_NEUTRAL,
            "fence languages every file may use (shells, data formats, markup)");

    /**
     * @param options a fence-language rule's options
     * @return the languages they configure
     */
    static FrameworkLanguages of(RuleOptions options) {
        return of(options.get(FRAMEWORKS), options.get(NEUTRAL_LANGUAGES));
    }

    private static FrameworkLanguages of(Map<String, String> frameworks, List<String> neutral) {
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        frameworks.forEach((key, languages) -> parsed.put(key.toLowerCase(Locale.ROOT),
                List.of(languages.toLowerCase(Locale.ROOT).trim().split("\\s+"))));
        Set<String> neutralSet = new LinkedHashSet<>();
        neutral.forEach(n -> neutralSet.add(n.toLowerCase(Locale.ROOT)));
        return new FrameworkLanguages(parsed, neutralSet);
    }

    /**
     * @param relativePath a skill-relative Markdown path
     * @return the key the file is named for and its languages; the file name wins over its folders,
     *         and the longest matching key wins
     */
    Optional<Map.Entry<String, List<String>>> match(String relativePath) {
        String[] parts = relativePath.toLowerCase(Locale.ROOT).split("/");
        String name = parts[parts.length - 1];
        int dot = name.lastIndexOf('.');
        parts[parts.length - 1] = dot > 0 ? name.substring(0, dot) : name;
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i];
            Optional<Map.Entry<String, List<String>>> best = frameworks.entrySet().stream()
                    .filter(e -> part.equals(e.getKey()) || part.startsWith(e.getKey() + "-")
                            || part.startsWith(e.getKey() + "_"))
                    .max(java.util.Comparator.comparingInt(e -> e.getKey().length()));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }
}
