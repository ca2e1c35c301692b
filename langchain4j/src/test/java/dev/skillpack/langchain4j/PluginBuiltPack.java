package dev.skillpack.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * Where this reactor's {@code skillpack-example-skills} artifact is: the example pack as skillpack's Maven
 * plugin validated and packaged it (the module's {@code skillpack:package} execution writes the classpath
 * layout and the index; the jar plugin zips them). Maven hands a test-scoped reactor dependency over as its
 * jar once that module is packaged (every {@code verify} or {@code install} build), and as its
 * {@code target/classes} in a build that stops before {@code package}.
 *
 * @param classpathEntry the jar, or the classes folder
 * @param skillArchive the {@code .skill} archive the plugin wrote beside it
 */
record PluginBuiltPack(Path classpathEntry, Path skillArchive) {
    static final String SKILL = "secure-web-development";
    static final Path SOURCES = Path.of("../example-skills/src/main/skills").toAbsolutePath().normalize();

    /** @return whether Maven gave the packaged jar rather than the classes folder */
    boolean isJar() {
        return Files.isRegularFile(classpathEntry);
    }

    /** @return the artifact on this test's class path; fails when it is missing or not the example pack's */
    static PluginBuiltPack find() throws IOException, URISyntaxException {
        List<URL> indexes = Collections.list(PluginBuiltPack.class.getClassLoader()
                .getResources("META-INF/skills/index.json"));
        assertThat(indexes).as("skill indexes on the test class path").hasSize(1);
        URL url = indexes.get(0);
        Path entry;
        if ("jar".equals(url.getProtocol())) {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            entry = Path.of(((JarURLConnection) connection).getJarFileURL().toURI());
            assertThat(entry.getFileName().toString()).startsWith("skillpack-example-skills-").endsWith(".jar");
        } else {
            // META-INF/skills/index.json lies three levels below the classes folder
            entry = Path.of(url.toURI()).getParent().getParent().getParent();
            assertThat(entry.getFileName().toString()).isEqualTo("classes");
        }
        Path target = entry.getParent();
        assertThat(target.getFileName().toString()).isEqualTo("target");
        assertThat(target.getParent().getFileName().toString()).isEqualTo("example-skills");
        Path archive = target.resolve("skillpack/" + SKILL + ".skill");
        assertThat(archive).as("the .skill archive skillpack:package attached").isRegularFile();
        return new PluginBuiltPack(entry, archive);
    }
}
