package dev.skillpack.validator.rules.spec;

import dev.skillpack.validator.rule.Rule;
import java.util.List;

/**
 * The built-in spec rules, listed explicitly: what the Agent Skills specification requires of a skill
 * folder and its SKILL.md front matter, what the parser could not read, and the extra keys and files of
 * the client profiles (claude-code, codex). SP018 to SP021 are reserved for the catalog's further spec
 * rules.
 */
public final class SpecRules {
    private SpecRules() {
    }

    /** @return every spec rule, in id order */
    public static List<Rule> all() {
        return List.of(
                new SkillFileMissingRule(),
                new SkillFileNameRule(),
                new FrontmatterMissingRule(),
                new FrontmatterUnclosedRule(),
                new FrontmatterYamlRule(),
                new EncodingRule(),
                new NameMissingRule(),
                new FieldTypeRule(),
                new NameLengthRule(),
                new NameFormatRule(),
                new NameFolderMismatchRule(),
                new DescriptionMissingRule(),
                new DescriptionLengthRule(),
                new CompatibilityLengthRule(),
                new MetadataValuesRule(),
                new UnknownFieldRule(),
                new AllowedToolsFormatRule(),
                new NotReadRule(),
                new SymlinkRule(),
                new ByteOrderMarkRule(),
                new LicenseLengthRule(),
                new ClientFieldsRule(),
                new ClientConfigFileRule(),
                new DescriptionTriggerRule(),
                new ReservedWordRule(),
                new XmlTagRule(),
                new DuplicateNameRule(),
                new PluginManifestRule(),
                new PluginPathRule(),
                new LineTooLongRule(),
                new UnsafeArchiveEntryRule(),
                new ArchiveLimitRule(),
                new SkippedFolderRule());
    }
}
