package dev.skillpack.validator.config;

import dev.skillpack.validator.rule.RuleConfig;
import java.util.List;
import java.util.Map;

/**
 * Rule settings for some paths only ({@code overrides:} in {@code .skillpack.yaml}).
 *
 * <p>A glob matches a path relative to the skill ({@code references/**}) or to the validated folder
 * ({@code legacy-skill/**}); a glob that matches a folder matches everything in it. Enabling and
 * severity apply per finding path; options apply to a whole skill when a glob matches its folder or
 * its SKILL.md.
 *
 * @param paths the globs
 * @param rules settings by rule id, merged over the settings that apply before: {@code enabled} and the
 *              options given replace earlier ones, an absent severity keeps the earlier one
 */
public record PathOverride(List<String> paths, Map<String, RuleConfig> rules) {

    /** Copies the fields. */
    public PathOverride {
        paths = List.copyOf(paths);
        rules = Map.copyOf(rules);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("an override needs at least one path glob");
        }
    }
}
