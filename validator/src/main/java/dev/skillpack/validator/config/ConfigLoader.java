package dev.skillpack.validator.config;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.parse.SafeYaml;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rules.RuleRegistry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .skillpack.yaml}. The YAML is read with core's {@link SafeYaml} (anchors and
 * aliases refused, size and depth limited), then checked against the known rules and their
 * {@link OptionSpec}s: every unknown key, unknown rule, bad severity and wrongly typed option becomes
 * a {@link ConfigProblem} with its line and column, and all of them are thrown together.
 *
 * <pre>
 * target: claude-code               # agentskills | claude-code | codex
 * tokenizer: o200k_base             # o200k_base | cl100k_base
 * allowed-frontmatter-keys: [version]
 * rules:
 *   SP101: error                    # off | info | warning | error
 *   name-format: off                # ids or aliases
 *   concise: warning                # a whole category
 *   body-tokens: {severity: warning, options: {warn-tokens: 6000}}
 * overrides:
 *   - paths: ["legacy/**"]
 *     rules: {SP101: off}
 * ignore: ["drafts/**"]
 * </pre>
 */
public final class ConfigLoader {
    /** The file name searched for. */
    public static final String FILE_NAME = ".skillpack.yaml";


    private final RuleRegistry registry;

    /** @param registry the rules a configuration may name */
    public ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Looks for {@value #FILE_NAME} in a folder and each folder above it.
     *
     * @param start a folder (or a file, whose folder is used)
     * @return the nearest config file
     */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            // a folder by that name is found too, so that load says what is wrong instead of skipping it
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param file a configuration file
     * @param displayPath how to name the file in problems
     * @return its settings
     * @throws ConfigException when the file cannot be read or is not a valid configuration
     */
    public ConfigFile load(Path file, String displayPath) throws ConfigException {
        if (Files.isDirectory(file)) {
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1, "is a folder, not a config file; "
                    + "remove or rename it, and write the settings into a file named " + FILE_NAME)));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1, "cannot read config file: "
                    + dev.skillpack.core.text.IoReason.of(e))));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1,
                    "config file is not valid UTF-8; save it as UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(displayPath, text, file);
    }

    /**
     * @param file a configuration file, named in problems as given (forward slashes)
     * @return its settings
     * @throws ConfigException when the file cannot be read or is not a valid configuration
     */
    public ConfigFile load(Path file) throws ConfigException {
        return load(file, DirectorySkillSource.displayOf(file));
    }

    /**
     * @param displayPath how to name the text in problems
     * @param text the YAML
     * @return its settings
     * @throws ConfigException when it is not a valid configuration
     */
    public ConfigFile parse(String displayPath, String text) throws ConfigException {
        return parse(displayPath, text, null);
    }

    private ConfigFile parse(String displayPath, String text, Path source) throws ConfigException {
        ConfigReader reader = new ConfigReader(displayPath, registry);
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            return new ConfigFile(source, null, null, Map.of(), List.of(), List.of(), List.of());
        }
        LineMap lines = LineMap.of(displayPath, text);
        SafeYaml.Result yaml = new SafeYaml(ParseLimits.defaults()).read(lines, text, 0, text.length(), "config");
        for (ParseProblem p : yaml.problems()) {
            String message = p.message();
            if (message.contains("must be a mapping") || message.contains("must be a YAML mapping")) {
                message = "config must be a YAML mapping of settings (rules:, target:, ...)";
            }
            reader.problem(p.span(), message);
        }
        if (yaml.root().isEmpty()) {
            reader.throwIfAny();
            throw new ConfigException(List.of(new ConfigProblem(displayPath, 1, 1,
                    "config must be a YAML mapping of settings (rules:, target:, ...)")));
        }
        ConfigFile file = reader.read(yaml.root().get(), source);
        reader.throwIfAny();
        return file;
    }
}
