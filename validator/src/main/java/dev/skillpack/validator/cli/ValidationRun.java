package dev.skillpack.validator.cli;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.ValidationResult;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.ValidatorConfig;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.config.ConfigFile;
import dev.skillpack.validator.config.ConfigLoader;
import dev.skillpack.validator.config.TargetChoice;
import dev.skillpack.validator.config.TargetInference;
import dev.skillpack.validator.engine.RuleRegistry;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns path arguments and options into validator runs: one run per path, each with the config file
 * found above it (or {@code --config}), the target from {@code --target}, the config, the install
 * path, or the spec, in that order.
 */
final class ValidationRun {

    /**
     * Options shared by commands that validate.
     *
     * @param target {@code --target}, if given
     * @param tokenizer {@code --tokenizer}, if given
     * @param configFile {@code --config}, if given
     * @param only {@code --rule} ids or aliases (empty: all)
     * @param disabled {@code --disable} ids or aliases
     */
    record Options(Optional<Target> target, Optional<Tokenizer> tokenizer, Optional<String> configFile,
                   List<String> only, List<String> disabled) {
    }

    /**
     * One path ready to validate.
     *
     * @param folder the folder
     * @param config its configuration
     * @param validator the validator with the selected rules
     * @param target the target and how it was chosen
     */
    record Prepared(Paths.Folder folder, ValidatorConfig config, Validator validator, TargetChoice target) {
        SkillPack parse() {
            return SkillParser.create().parsePack(new DirectorySkillSource(folder.folder(), folder.display(),
                    SourceLimits.defaults()));
        }

        ValidationResult run() {
            return validator.validate(parse());
        }
    }

    private ValidationRun() {
    }

    static List<Prepared> prepare(CliEnvironment env, RuleRegistry registry, List<String> paths, Options options)
            throws ConfigException {
        List<Paths.Folder> folders = paths.stream().map(p -> Paths.folder(env, p)).toList();
        List<Rule> rules = select(registry, options);
        ConfigLoader loader = new ConfigLoader(registry);
        Optional<ConfigFile> explicit = Optional.empty();
        if (options.configFile().isPresent()) {
            Path file = Paths.readableFile(env, options.configFile().get());
            explicit = Optional.of(loader.load(file, env.display(file)));
        }
        Map<Path, ConfigFile> cache = new HashMap<>();
        List<Prepared> result = new ArrayList<>();
        for (Paths.Folder folder : folders) {
            ConfigFile file = explicit.isPresent() ? explicit.get() : null;
            if (file == null) {
                Optional<Path> found = ConfigLoader.find(folder.folder());
                if (found.isPresent()) {
                    file = cache.get(found.get());
                    if (file == null) {
                        file = loader.load(found.get(), env.display(found.get()));
                        cache.put(found.get(), file);
                    }
                } else {
                    file = ConfigFile.empty();
                }
            }
            ConfigFile source = file;
            TargetChoice choice = options.target().map(t -> new TargetChoice(t, "--target"))
                    .or(() -> source.target().map(t -> new TargetChoice(t, "config " + source.source()
                            .map(env::display).orElse(".skillpack.yaml"))))
                    .or(() -> TargetInference.choose(folder.folder()))
                    .orElse(new TargetChoice(Target.AGENTSKILLS, "default"));
            Target target = choice.target();
            ValidatorConfig config = file.toValidatorConfig(target);
            if (options.tokenizer().isPresent()) {
                config = config.withTokenizer(options.tokenizer().get());
            }
            result.add(new Prepared(folder, config, Validator.builder().rules(rules).config(config).build(), choice));
        }
        return result;
    }

    static List<Rule> select(RuleRegistry registry, Options options) {
        Set<String> only = ids(registry, options.only());
        Set<String> disabled = ids(registry, options.disabled());
        return registry.rules().stream()
                .filter(r -> only.isEmpty() || only.contains(r.meta().id()))
                .filter(r -> !disabled.contains(r.meta().id()))
                .toList();
    }

    /**
     * @param registry the rules
     * @param only {@code --rule} as typed
     * @return the ids named, whose on-request fixes (line endings) {@code --fix} then applies
     */
    static Set<String> requestedIds(RuleRegistry registry, List<String> only) {
        return ids(registry, only);
    }

    private static Set<String> ids(RuleRegistry registry, List<String> written) {
        Set<String> ids = new LinkedHashSet<>();
        for (String w : written) {
            for (String part : w.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                ids.add(registry.find(part.strip()).map(r -> r.meta().id()).orElseThrow(() -> new UsageException(
                        "unknown rule '" + part.strip() + "'; run 'skillpack rules' to list ids and aliases")));
            }
        }
        return ids;
    }
}
