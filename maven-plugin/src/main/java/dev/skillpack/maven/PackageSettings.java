package dev.skillpack.maven;

import dev.skillpack.core.pack.ClaudePluginInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked parameters of {@code skillpack:package}.
 *
 * @param validation how the pack is validated first
 * @param timestamp the time stamp every archive entry carries
 * @param excludes extra exclude patterns (the build-junk defaults always apply)
 * @param packageWithErrors package even when the pack has errors
 * @param buildDirectory the build folder ({@code target}); every file is written below it
 * @param classesDirectory where the classpath layout goes for the jar maven-jar-plugin builds; must be
 *                         below {@code buildDirectory}
 * @param ownJar the file name (below {@code buildDirectory}) of the jar to build as the main artifact, for the
 *               {@code skill-pack} packaging; empty to write the layout into {@code classesDirectory} instead
 * @param skillArchives write and attach one {@code .skill} archive per skill
 * @param plugin the Claude Code plugin to write and attach, or empty for none
 */
record PackageSettings(ValidateSettings validation, Instant timestamp, List<String> excludes,
                       boolean packageWithErrors, Path buildDirectory, Path classesDirectory, String ownJar,
                       boolean skillArchives, Optional<ClaudePluginInfo> plugin) {

    /** Copies the list. */
    PackageSettings {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(timestamp, "timestamp");
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(ownJar, "ownJar");
    }

}
