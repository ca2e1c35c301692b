package dev.skillpack.maven;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.pack.ClaudePluginInfo;
import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.PackOptions;
import dev.skillpack.core.pack.PackTarget;
import dev.skillpack.core.pack.PackedSkill;
import dev.skillpack.core.pack.SkillIndex;
import dev.skillpack.core.pack.SkillPackager;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import dev.skillpack.validator.engine.SkillChangedException;
import dev.skillpack.validator.engine.ValidatedPack;
import dev.skillpack.validator.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The work of {@code skillpack:package}, without Maven: validate (or take the fresh stamp of
 * {@code skillpack:validate}), refuse a pack with errors, then write the classpath layout (into the
 * classes folder, or as the main jar for the {@code skill-pack} packaging), one {@code .skill} archive per
 * skill and the Claude Code plugin folder and zip, and hand the archives to Maven to attach.
 */
final class PackageGoal {
    /** The classifier of the attached Claude Code plugin zip. */
    static final String PLUGIN_CLASSIFIER = "claude-plugin";

    private final RuleRegistry registry;
    private final BuildLog log;
    private final ArtifactSink sink;

    PackageGoal(RuleRegistry registry, BuildLog log, ArtifactSink sink) {
        this.registry = registry;
        this.log = log;
        this.sink = sink;
    }

    /**
     * @param settings checked parameters
     * @return the skills packaged
     * @throws SetupException when a file cannot be packaged or written
     * @throws FindingsException when the pack has errors and {@code packageWithErrors} is not set
     */
    List<PackedSkill> run(PackageSettings settings) throws SetupException, FindingsException {
        ValidateSettings validation = settings.validation();
        ValidateGoal.Outcome outcome = new ValidateGoal(registry, log).run(validation.withFailOn(Optional.empty()));
        int errors = outcome.counts().errors();
        if (errors > 0 && !settings.packageWithErrors()) {
            throw new FindingsException("the skill pack has " + errors + (errors == 1 ? " error" : " errors")
                    + " and is not packaged; fix " + (errors == 1 ? "it" : "them")
                    + " (see the lines above or the skillpack:validate report), or set packageWithErrors "
                    + "(-Dskillpack.packageWithErrors) to package it anyway");
        }
        if (errors > 0) {
            log.warn("skillpack: packaging a pack with " + errors + (errors == 1 ? " error" : " errors")
                    + " because packageWithErrors is set");
        }
        PackOptions options = PackOptions.defaults(settings.timestamp()).withExtraExcludes(settings.excludes());
        if (validation.tokenizer().isPresent()) {
            options = options.withTokenizer(validation.tokenizer().get());
        }
        SkillPackager packager = SkillPackager.create(options);
        Path base = validation.basedir();
        try {
            List<PackedSkill> skills = prepare(packager, validation, outcome);
            if (skills.isEmpty()) {
                log.warn("skillpack: no skills found below " + validation.folders().stream()
                        .map(f -> Parameters.display(base, f)).toList() + "; nothing to package");
                return skills;
            }
            for (PackedSkill skill : skills) {
                if (!skill.excluded().isEmpty()) {
                    log.info("skillpack: left out of " + skill.name() + ": " + String.join(", ", skill.excluded()));
                }
            }
            PackTarget target = PackTarget.of(settings.buildDirectory());
            int files = skills.stream().mapToInt(s -> s.files().size()).sum();
            String counted = skills.size() + (skills.size() == 1 ? " skill" : " skills") + " (" + files
                    + (files == 1 ? " file" : " files") + ")";
            if (!settings.ownJar().isEmpty()) {
                Path jar = packager.writeClasspathJar(skills, target, settings.ownJar());
                sink.mainArtifact(jar);
                log.info("skillpack: packaged " + counted + " into " + Parameters.display(base, jar));
            } else {
                String classes = relative(settings.buildDirectory(), settings.classesDirectory());
                packager.writeClasspathLayout(skills, target, classes);
                log.info("skillpack: added " + counted + " to " + Parameters.display(base, settings.classesDirectory())
                        + " under " + SkillIndex.SKILLS_ROOT + "/, with " + SkillIndex.PATH);
            }
            if (settings.skillArchives()) {
                for (PackedSkill skill : skills) {
                    Path archive = packager.writeSkillArchive(skill, target, "skillpack/" + skill.name() + ".skill");
                    sink.attach("skill", skill.name(), archive);
                    log.info("skillpack: attached " + Parameters.display(base, archive) + " (classifier "
                            + skill.name() + ")");
                }
            }
            if (settings.plugin().isPresent()) {
                ClaudePluginInfo plugin = settings.plugin().get();
                packager.writeClaudePlugin(skills, plugin, target, "skillpack/claude-plugin");
                Path zip = packager.writeClaudePluginZip(skills, plugin, target,
                        "skillpack/" + plugin.name() + "-claude-plugin.zip");
                sink.attach("zip", PLUGIN_CLASSIFIER, zip);
                log.info("skillpack: attached " + Parameters.display(base, zip) + " (classifier " + PLUGIN_CLASSIFIER
                        + "), a Claude Code plugin; the folder is " + Parameters.display(base,
                        settings.buildDirectory().resolve("skillpack/claude-plugin")));
            }
            return skills;
        } catch (PackException e) {
            throw new SetupException("cannot package the skills: " + e.getMessage());
        }
    }

    /** The packs validation read, or (after an up-to-date check) the folders read again. */
    private static List<PackedSkill> prepare(SkillPackager packager, ValidateSettings validation,
                                             ValidateGoal.Outcome outcome) throws PackException {
        List<ValidatedPack> validated = outcome.result().map(r -> r.packs()).orElse(List.of());
        List<SkillPack> packs = new ArrayList<>();
        if (validated.size() != validation.folders().size()) {
            SkillParser parser = SkillParser.create();
            for (Path folder : validation.folders()) {
                packs.add(parser.parsePack(new DirectorySkillSource(folder,
                        Parameters.display(validation.basedir(), folder), SourceLimits.defaults())));
            }
        } else {
            // the result keeps no file contents: read them again, refusing any that changed since validation
            for (ValidatedPack pack : validated) {
                try {
                    packs.add(pack.reread());
                } catch (SkillChangedException e) {
                    throw new PackException(e.path(), "changed after it was validated, so it is not packaged; "
                            + "run the build again");
                }
            }
        }
        List<PackedSkill> skills = new ArrayList<>();
        for (SkillPack pack : packs) {
            skills.addAll(packager.prepareAll(pack));
        }
        skills.sort(java.util.Comparator.comparing(PackedSkill::name));
        return List.copyOf(skills);
    }

    private static String relative(Path buildDirectory, Path classes) throws PackException {
        Path b = buildDirectory.toAbsolutePath().normalize();
        Path c = classes.toAbsolutePath().normalize();
        if (!c.startsWith(b) || c.equals(b)) {
            throw new PackException(c.toString(), "the classes folder must lie below the build folder " + b);
        }
        return DirectorySkillSource.displayOf(b.relativize(c));
    }
}
