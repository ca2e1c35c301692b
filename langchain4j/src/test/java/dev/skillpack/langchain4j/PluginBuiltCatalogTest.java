package dev.skillpack.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.skillpack.core.catalog.CatalogException;
import dev.skillpack.core.catalog.SkillCatalog;
import dev.skillpack.core.catalog.SkillTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * skillpack's {@link SkillCatalog} over what skillpack's Maven plugin built from the example pack in this
 * reactor: the jar (classpath layout + index) and the attached {@code .skill} archive.
 */
class PluginBuiltCatalogTest {
    private static final String SKILL = PluginBuiltPack.SKILL;

    @Test
    void theCatalogLoadsThePluginsJarWithTheIndexsTokenCounts() throws Exception {
        PluginBuiltPack built = PluginBuiltPack.find();
        assumeThat(built.isJar()).as("the reactor stopped before example-skills was packaged (run verify); "
                + "the classes folder is covered by the interop test").isTrue();
        SkillCatalog catalog = SkillCatalog.builder().addJar(built.classpathEntry()).build();
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.names()).containsExactly(SKILL);
        Path sources = PluginBuiltPack.SOURCES.resolve(SKILL);
        assertThat(catalog.readResource(SKILL, "references/python-flask.md").text())
                .isEqualTo(Files.readString(sources.resolve("references/python-flask.md")));
        assertThat(catalog.skill(SKILL).orElseThrow().location()).isEqualTo("jar:" + built.classpathEntry().toUri()
                + "!/META-INF/resources/skills/" + SKILL + "/SKILL.md");
        SkillTokens tokens = catalog.tokens(SKILL);
        assertThat(tokens.fromIndex()).isTrue();
        assertThat(tokens.tokenizer()).isEqualTo("o200k_base");
        assertThat(tokens.body()).isPositive();
        assertThat(tokens.perFile()).containsKey("references/python-flask.md");

        // the jar holds every file of the skill, byte for byte, below the layout's folder
        try (ZipFile jar = new ZipFile(built.classpathEntry().toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("META-INF/skills/index.json", "META-INF/resources/skills/" + SKILL + "/",
                    "META-INF/resources/skills/" + SKILL + "/SKILL.md");
            byte[] skillMd = jar.getInputStream(jar.getEntry("META-INF/resources/skills/" + SKILL + "/SKILL.md"))
                    .readAllBytes();
            assertThat(skillMd).isEqualTo(Files.readAllBytes(sources.resolve("SKILL.md")));
        }
    }

    @Test
    void theAttachedSkillArchiveLoadsLikeTheClassPath() throws Exception {
        PluginBuiltPack built = PluginBuiltPack.find();
        SkillCatalog archive = SkillCatalog.builder().addArchive(built.skillArchive()).build();
        SkillCatalog classpath = SkillCatalog.builder().addFolder(PluginBuiltPack.SOURCES).build();
        assertThat(archive.problems()).isEmpty();
        assertThat(archive.names()).containsExactly(SKILL);
        assertThat(archive.activate(SKILL)).isEqualTo(classpath.activate(SKILL));
        assertThat(archive.resourcePaths(SKILL)).isEqualTo(classpath.resourcePaths(SKILL));
        assertThat(archive.skill(SKILL).orElseThrow().description())
                .isEqualTo(classpath.skill(SKILL).orElseThrow().description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../pom.xml", "references/../../secure-web-development.skill", "/etc/passwd",
            "%2e%2e/%2e%2e/pom.xml", "references\\..\\..\\x", "~/.ssh/id_rsa"})
    void anEscapingReadResourceIsRefusedOnThePluginsArtifacts(String path) throws Exception {
        PluginBuiltPack built = PluginBuiltPack.find();
        SkillCatalog fromArchive = SkillCatalog.builder().addArchive(built.skillArchive()).build();
        SkillCatalog fromClasspath = built.isJar() ? SkillCatalog.builder().addJar(built.classpathEntry()).build()
                : SkillCatalog.builder().addFolder(built.classpathEntry().resolve("META-INF/resources/skills")).build();
        for (SkillCatalog catalog : List.of(fromArchive, fromClasspath)) {
            assertThatThrownBy(() -> catalog.readResource(SKILL, path)).isInstanceOf(CatalogException.class)
                    .hasMessageStartingWith("path '" + path + "' ").hasMessageContaining("inside the skill folder");
        }
        assertThatThrownBy(() -> fromArchive.readResource(SKILL, "../../../../pom.xml")).hasMessage(
                "path '../../../../pom.xml' climbs out of the skill with '..'; give a path inside the skill folder, "
                        + "e.g. references/guide.md");
    }
}
