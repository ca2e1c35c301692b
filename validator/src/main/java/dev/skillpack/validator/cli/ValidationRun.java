package dev.skillpack.validator.cli;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.ValidationProgress;
import dev.skillpack.validator.ValidationSession;
import dev.skillpack.validator.config.ConfigException;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import dev.skillpack.validator.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns path arguments and options into a {@link ValidationSession}; the session does the rest. */
final class ValidationRun {

    /**
     * Options shared by commands that validate.
     *
     * @param target {@code --target}, if given
     * @param tokenizer {@code --tokenizer}, if given
     * @param configFile {@code --config}, if given
     * @param only {@code --rule} ids or aliases (empty: all)
     * @param disabled {@code --disable} ids or aliases
     * @param failOn {@code --fail-on}; empty for {@code none}
     */
    record Options(Optional<Target> target, Optional<Tokenizer> tokenizer, Optional<String> configFile,
                   List<String> only, List<String> disabled, Optional<Severity> failOn) {
    }

    private ValidationRun() {
    }

    static ValidationSession session(CliEnvironment env, RuleRegistry registry, List<String> paths, Options options)
            throws ConfigException {
        return session(env, registry, paths, options, false);
    }

    /**
     * @param archives whether a path may be a .skill, .zip or jar archive, read without unpacking
     */
    static ValidationSession session(CliEnvironment env, RuleRegistry registry, List<String> paths, Options options,
                                     boolean archives) throws ConfigException {
        return session(env, registry, paths, options, archives, ValidationProgress.NONE, Optional.empty());
    }

    /**
     * @param archives whether a path may be a .skill, .zip or jar archive, read without unpacking
     * @param progress told as skills are checked
     * @param cache the folder of the per-skill findings cache; empty: none
     */
    static ValidationSession session(CliEnvironment env, RuleRegistry registry, List<String> paths, Options options,
                                     boolean archives, ValidationProgress progress, Optional<Path> cache)
            throws ConfigException {
        ValidationSession.Builder builder = ValidationSession.builder().registry(registry).progress(progress)
                .displayRelativeTo(env.cwd()).only(options.only()).disable(options.disabled());
        cache.ifPresent(builder::cache);
        for (String p : paths) {
            Paths.Folder folder = archives ? Paths.folderOrArchive(env, p) : Paths.folder(env, p);
            if (folder.archive().isPresent()) {
                builder.archive(folder.archive().get());
            } else {
                builder.folder(folder.folder());
            }
        }
        options.configFile().ifPresent(file -> builder.configFile(Paths.readableFile(env, file)));
        options.target().ifPresent(t -> builder.target(t, "--target"));
        options.tokenizer().ifPresent(builder::tokenizer);
        options.failOn().ifPresentOrElse(builder::failOn, builder::failOnNothing);
        try {
            return builder.build();
        } catch (ValidationSession.UnknownRuleException e) {
            throw new UsageException(RulesCommand.unknownRule(registry, e.rule()));
        }
    }

    /**
     * @param registry the rules
     * @param only {@code --rule} as typed (already checked by the session)
     * @return the ids named, whose on-request fixes (line endings) {@code --fix} then applies
     */
    static Set<String> requestedIds(RuleRegistry registry, List<String> only) {
        Set<String> ids = new LinkedHashSet<>();
        for (String w : only) {
            for (String part : w.split(",")) {
                if (!part.isBlank()) {
                    registry.find(part.strip()).ifPresent(r -> ids.add(r.meta().id()));
                }
            }
        }
        return ids;
    }
}
