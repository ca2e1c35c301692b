package dev.skillpack.validator.engine;

import dev.skillpack.validator.config.PathOverride;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.PackPlan;
import dev.skillpack.validator.rule.RuleConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ValidatorConfig} resolved against the paths of one pack: which settings hold for a skill
 * and for each file, and what is ignored. Immutable.
 */
public final class PathSettings {
    private record CompiledOverride(List<Glob> globs, PathOverride override) {
        boolean matchesAny(List<String> candidates) {
            return globs.stream().anyMatch(g -> candidates.stream().anyMatch(g::matches));
        }
    }

    private final ValidatorConfig config;
    private final List<CompiledOverride> overrides;
    private final List<Glob> ignore;
    private final String packPath;
    private final List<Place> skillsDeepestFirst;

    /** Where a skill is: all the settings need to know about it. */
    private record Place(String path, String folderName) {
        static Place of(Skill skill) {
            return new Place(skill.path(), skill.folderName());
        }
    }

    /**
     * @param config the configuration (globs must compile; the config loader checked them)
     * @param pack the pack whose paths are resolved
     */
    public PathSettings(ValidatorConfig config, SkillPack pack) {
        this(config, pack.path(), pack.skills().stream().map(Place::of).toList());
    }

    /**
     * @param config the configuration (globs must compile; the config loader checked them)
     * @param plan the pack, listed but not read, whose paths are resolved
     */
    public PathSettings(ValidatorConfig config, PackPlan plan) {
        this(config, plan.path(), plan.skills().stream().map(s -> new Place(s.path(), s.folderName())).toList());
    }

    private PathSettings(ValidatorConfig config, String packPath, List<Place> skills) {
        this.config = config;
        this.overrides = config.overrides().stream()
                .map(o -> new CompiledOverride(o.paths().stream().map(Glob::compile).toList(), o)).toList();
        this.ignore = config.ignore().stream().map(Glob::compile).toList();
        this.packPath = packPath;
        this.skillsDeepestFirst = skills.stream()
                .sorted(Comparator.comparingInt((Place s) -> s.path().length()).reversed()).toList();
    }

    /**
     * @param ruleId a rule id
     * @return the settings that hold everywhere, before any override
     */
    public RuleConfig global(String ruleId) {
        return config.rule(ruleId);
    }

    /**
     * @param ruleId a rule id
     * @param skill a skill of the pack
     * @return the settings the rule runs with on this skill: overrides whose globs match its SKILL.md or folder
     */
    public RuleConfig forSkill(String ruleId, Skill skill) {
        return resolve(ruleId, candidates(skill.skillFile().path(), Optional.of(Place.of(skill))));
    }

    /**
     * @param ruleId a rule id
     * @param skill a skill of the pack
     * @return whether the rule is enabled for the skill or for any file in it
     */
    public boolean runsOn(String ruleId, Skill skill) {
        if (forSkill(ruleId, skill).enabled()) {
            return true;
        }
        return skill.resources().stream().anyMatch(r -> forPath(ruleId, r.path()).enabled());
    }

    /**
     * @param ruleId a rule id
     * @return whether any setting enables the rule anywhere
     */
    public boolean runsAnywhere(String ruleId) {
        return global(ruleId).enabled() || overrides.stream()
                .anyMatch(o -> o.override().rules().containsKey(ruleId) && o.override().rules().get(ruleId).enabled());
    }

    /**
     * @param ruleId a rule id
     * @param displayPath a file's display path
     * @return the settings for findings in that file
     */
    public RuleConfig forPath(String ruleId, String displayPath) {
        return resolve(ruleId, candidates(displayPath, owner(displayPath)));
    }

    /**
     * @param skill a skill of the pack
     * @return whether an {@code ignore} glob covers the skill's folder
     */
    public boolean ignored(Skill skill) {
        List<String> candidates = candidates(skill.skillFile().path(), Optional.of(Place.of(skill)));
        return ignore.stream().anyMatch(g -> candidates.stream().anyMatch(g::matches));
    }

    /**
     * @param displayPath a file's display path
     * @return whether an {@code ignore} glob covers it
     */
    public boolean ignored(String displayPath) {
        List<String> candidates = candidates(displayPath, owner(displayPath));
        return ignore.stream().anyMatch(g -> candidates.stream().anyMatch(g::matches));
    }

    private RuleConfig resolve(String ruleId, List<String> candidates) {
        RuleConfig result = config.rule(ruleId);
        for (CompiledOverride o : overrides) {
            RuleConfig setting = o.override().rules().get(ruleId);
            if (setting != null && o.matchesAny(candidates)) {
                result = result.overlay(setting);
            }
        }
        return result;
    }

    /** The skill whose folder holds the path, deepest first. */
    private Optional<Place> owner(String displayPath) {
        return skillsDeepestFirst.stream()
                .filter(s -> displayPath.equals(s.path()) || displayPath.startsWith(prefix(s.path())))
                .findFirst();
    }

    /** The relative forms a glob may match: to the skill, to the skill's parent, to the pack. */
    private List<String> candidates(String displayPath, Optional<Place> skill) {
        List<String> result = new ArrayList<>();
        skill.ifPresent(s -> {
            String rel = relative(displayPath, s.path());
            result.add(rel);
            if (!s.folderName().isEmpty()) {
                result.add(rel.isEmpty() ? s.folderName() : s.folderName() + "/" + rel);
            }
        });
        String packRel = relative(displayPath, packPath);
        if (!packRel.isEmpty() && !result.contains(packRel)) {
            result.add(packRel);
        }
        return result;
    }

    private static String relative(String path, String root) {
        if (path.equals(root)) {
            return "";
        }
        String p = prefix(root);
        return path.startsWith(p) ? path.substring(p.length()) : path;
    }

    private static String prefix(String root) {
        return root.equals(".") || root.isEmpty() ? "" : root.endsWith("/") ? root : root + "/";
    }
}
