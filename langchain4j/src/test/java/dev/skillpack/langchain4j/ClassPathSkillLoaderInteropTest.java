package dev.skillpack.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.skills.ClassPathSkillLoader;
import dev.langchain4j.skills.Skill;
import dev.langchain4j.skills.SkillResource;
import dev.langchain4j.skills.Skills;
import dev.skillpack.core.catalog.SkillCatalog;
import dev.skillpack.core.pack.BuildTimestamp;
import dev.skillpack.core.pack.PackOptions;
import dev.skillpack.core.pack.PackTarget;
import dev.skillpack.core.pack.PackedSkill;
import dev.skillpack.core.pack.SkillPackager;
import dev.skillpack.core.parse.SkillParser;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example pack as skillpack's Maven plugin built it in this reactor ({@link PluginBuiltPack}) loads
 * through LangChain4j's own {@link ClassPathSkillLoader} (the real library, run here) with the same names,
 * descriptions, bodies and resources as through skillpack's {@link SkillCatalog} and this module's adapter;
 * so does an edge-case pack put into the same layout by core's packager.
 */
class ClassPathSkillLoaderInteropTest {
    private static final Path EXAMPLE_SKILLS = PluginBuiltPack.SOURCES;

    @TempDir
    Path temp;

    @Test
    void thePackBuiltByTheSkillpackPluginLoadsTheSameThroughLangChain4jAndSkillpack() throws Exception {
        Compared compared = compare(PluginBuiltPack.find().classpathEntry());
        assertThat(compared.langchain4j()).extracting(Skill::name).containsExactly("secure-web-development");
        Skill theirs = compared.langchain4j().get(0);
        assertThat(theirs.description()).startsWith("Applies framework-specific security patterns");
        assertThat(theirs.content()).startsWith("# Secure web development");
        // every text file of the skill but SKILL.md (none is under scripts/ or blank), read straight from disk
        Path skill = EXAMPLE_SKILLS.resolve("secure-web-development");
        Map<String, String> onDisk = new TreeMap<>();
        try (var files = Files.walk(skill)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = skill.relativize(f).toString().replace('\\', '/');
                if (!path.equals("SKILL.md")) {
                    onDisk.put(path, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(onDisk).containsKey("references/python-flask.md").hasSizeGreaterThanOrEqualTo(7);
        assertThat(resources(theirs)).isEqualTo(onDisk);
    }

    @Test
    void scriptsBinariesBlankFilesAndSeveralSkillsAreChosenAlike() throws Exception {
        Path src = temp.resolve("src");
        write(src.resolve("pdf-forms/SKILL.md"), "---\nname: pdf-forms\ndescription: \"Fills PDF forms: text, "
                + "check boxes & signatures. Use when asked to fill a PDF.\"\nmetadata:\n  version: \"3.1.0\"\n---\n\n"
                + "# PDF forms\n\nRun scripts/fill.py, then read references/fields.md.\n\n");
        write(src.resolve("pdf-forms/references/fields.md"), "# Fields\n\nText and check boxes.\n");
        write(src.resolve("pdf-forms/references/deeper/signatures.md"), "Sign last.\n");
        write(src.resolve("pdf-forms/references/empty.md"), "   \n");
        write(src.resolve("pdf-forms/scripts/fill.py"), "print('fill')\n");
        write(src.resolve("pdf-forms/templates/form.json"), "{\"fields\": []}\n");
        Files.write(src.resolve("pdf-forms/templates/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, 0});
        write(src.resolve("release-notes/SKILL.md"), "---\nname: release-notes\ndescription: Writes release notes. "
                + "Use when preparing a release.\n---\nGroup changes by kind.\n");
        Compared compared = compare(jarOf(src, "demo.jar"));
        assertThat(compared.langchain4j()).extracting(Skill::name).containsExactly("pdf-forms", "release-notes");
        assertThat(resources(compared.langchain4j().get(0)).keySet()).containsExactly("references/deeper/signatures.md", "references/fields.md", "templates/form.json");
        assertThat(compared.langchain4j().get(0).content())
                .isEqualTo("# PDF forms\n\nRun scripts/fill.py, then read references/fields.md.");
        assertThat(LangChain4jSkills.adapter().includeScripts(true).toSkill(compared.catalog(), "pdf-forms").resources())
                .extracting(SkillResource::relativePath).contains("scripts/fill.py");
    }

    @Test
    void skillsFromTheAdapterDriveLangChain4jsTools() throws Exception {
        PluginBuiltPack built = PluginBuiltPack.find();
        SkillCatalog catalog;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {built.classpathEntry().toUri().toURL()}, null)) {
            catalog = SkillCatalog.builder().addClasspath(loader).build();
        }
        Skills skills = LangChain4jSkills.skills(catalog);
        assertThat(skills.formatAvailableSkills()).contains("secure-web-development")
                .contains("Applies framework-specific security patterns");
        assertThat(skills.toolProvider()).isNotNull();
    }

    /** Loads the jar both ways and asserts they agree; returns both for further checks. */
    private Compared compare(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Skill> langchain4j = ClassPathSkillLoader.loadSkills("META-INF/resources/skills", loader).stream()
                    .sorted(Comparator.comparing(Skill::name)).toList();
            SkillCatalog catalog = SkillCatalog.builder().addClasspath(loader).build();
            assertThat(catalog.problems()).isEmpty();
            List<Skill> ours = LangChain4jSkills.adapter().toSkills(catalog);

            assertThat(ours).extracting(Skill::name).containsExactlyElementsOf(
                    langchain4j.stream().map(Skill::name).toList());
            for (int i = 0; i < ours.size(); i++) {
                Skill theirs = langchain4j.get(i);
                Skill mine = ours.get(i);
                assertThat(mine.description()).as(theirs.name()).isEqualTo(theirs.description())
                        .isEqualTo(catalog.skill(theirs.name()).orElseThrow().description());
                assertThat(mine.content()).as(theirs.name()).isEqualTo(theirs.content())
                        .isEqualTo(catalog.activate(theirs.name()));
                assertThat(resources(mine)).as(theirs.name()).isEqualTo(resources(theirs));
                resources(theirs).forEach((path, content) -> assertThat(
                        catalog.readResource(theirs.name(), path).text()).as(path).isEqualTo(content));
            }
            return new Compared(langchain4j, catalog);
        }
    }

    private record Compared(List<Skill> langchain4j, SkillCatalog catalog) {
    }

    private static Map<String, String> resources(Skill skill) {
        return skill.resources().stream().collect(Collectors.toMap(SkillResource::relativePath, SkillResource::content,
                (a, b) -> a, TreeMap::new));
    }

    private Path jarOf(Path skills, String name) throws Exception {
        SkillPackager packager = SkillPackager.create(PackOptions.defaults(BuildTimestamp.parse("2026-01-01T00:00:00Z")));
        List<PackedSkill> packed = packager.prepareAll(SkillParser.create().parsePack(skills));
        return packager.writeClasspathJar(packed, PackTarget.of(temp.resolve("target")), name);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
