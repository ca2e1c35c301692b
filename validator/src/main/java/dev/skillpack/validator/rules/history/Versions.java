package dev.skillpack.validator.rules.history;

import dev.skillpack.core.history.SemanticVersion;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import java.util.Optional;

/** Where a skill's {@code metadata.version} is written, and what it says. */
final class Versions {
    private Versions() {
    }

    /** @return {@code metadata.version} as written */
    static Optional<String> written(Skill skill) {
        return Optional.ofNullable(skill.frontmatter().metadata().get("version"));
    }

    /** @return {@code metadata.version} when it is a semantic version */
    static Optional<SemanticVersion> parsed(Skill skill) {
        return written(skill).flatMap(SemanticVersion::parse);
    }

    /** @return the span of the version's value, else of the {@code metadata} key, else of the front matter start */
    static SourceSpan span(Skill skill) {
        Optional<YamlEntry> metadata = skill.frontmatter().entry("metadata");
        if (metadata.isPresent() && metadata.get().value() instanceof YamlMapping mapping) {
            Optional<YamlEntry> version = mapping.entry("version");
            if (version.isPresent()) {
                return version.get().value().span();
            }
            return metadata.get().keySpan();
        }
        return skill.skillFile().lines().span(0, 0);
    }
}
