package dev.skillpack.maven;

import java.nio.file.Path;

/** Where {@code skillpack:package} hands the files it makes; the Mojo attaches them to the Maven project. */
interface ArtifactSink {
    /**
     * @param type the artifact type, which is also the file extension ({@code skill}, {@code zip})
     * @param classifier the classifier
     * @param file the file
     */
    void attach(String type, String classifier, Path file);

    /** @param jar the project's main artifact (for the {@code skill-pack} packaging) */
    void mainArtifact(Path jar);
}
