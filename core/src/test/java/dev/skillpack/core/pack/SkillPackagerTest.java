package dev.skillpack.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillPackagerTest {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/pack");

    @TempDir
    Path temp;
    private SkillPackager packager;
    private List<PackedSkill> skills;

    @BeforeEach
    void prepare() throws Exception {
        DemoSkills.write(temp.resolve("src"), Instant.parse("2024-03-01T10:00:00Z"));
        packager = SkillPackager.create(PackOptions.defaults(STAMP).withExtraExcludes(List.of("drafts/")));
        skills = packager.prepareAll(SkillParser.create().parsePack(temp.resolve("src")));
    }

    @Test
    void aSkillArchiveHoldsOneFolderNamedAfterTheSkillWithoutJunk() throws Exception {
        assertThat(skills).extracting(PackedSkill::name).containsExactly("pdf-forms", "release-notes");
        PackedSkill pdf = skills.get(0);
        assertThat(pdf.excluded()).containsExactly(".DS_Store", "drafts/idea.md", "evals/evals.json",
                "scripts/__pycache__/fill.cpython-312.pyc", "stray.pyc");
        assertThat(entries(packager.skillArchive(pdf))).containsExactly("pdf-forms/", "pdf-forms/SKILL.md",
                "pdf-forms/assets/", "pdf-forms/assets/logo.png", "pdf-forms/references/",
                "pdf-forms/references/fields.md", "pdf-forms/scripts/", "pdf-forms/scripts/fill.py");
        assertThat(entries(packager.skillArchive(skills.get(1)))).containsExactly("release-notes/",
                "release-notes/SKILL.md", "release-notes/references/", "release-notes/references/evals/",
                "release-notes/references/evals/how-we-evaluate.md");
        assertThat(content(packager.skillArchive(pdf), "pdf-forms/assets/logo.png")).isEqualTo(DemoSkills.LOGO);
        assertThat(pdf.version()).contains("1.2.0");
        assertThat(skills.get(1).version()).isEmpty();
    }

    @Test
    void theIndexMatchesItsGoldenFileAndReadsBack() throws Exception {
        SkillIndex index = packager.index(skills);
        String json = index.toJson();
        assertThat(json).isEqualTo(Files.readString(GOLDEN.resolve("index.golden.json"), StandardCharsets.UTF_8));
        assertThat(SkillIndex.parse(json.getBytes(StandardCharsets.UTF_8), "index.json")).isEqualTo(index);
        IndexedFile skillFile = index.skill("pdf-forms").orElseThrow().file("SKILL.md").orElseThrow();
        byte[] bytes = Files.readAllBytes(temp.resolve("src/pdf-forms/SKILL.md"));
        assertThat(skillFile.size()).isEqualTo(bytes.length);
        assertThat(skillFile.sha256()).isEqualTo(SkillPackager.sha256(bytes));
    }

    @Test
    void theJarHoldsAManifestTheLayoutAndTheIndex() throws Exception {
        byte[] jar = packager.classpathJar(skills);
        List<String> names = entries(jar);
        assertThat(names).startsWith("META-INF/", "META-INF/MANIFEST.MF", "META-INF/resources/",
                "META-INF/resources/skills/", "META-INF/resources/skills/pdf-forms/",
                "META-INF/resources/skills/pdf-forms/SKILL.md");
        assertThat(names).endsWith("META-INF/skills/", "META-INF/skills/index.json");
        assertThat(content(jar, "META-INF/skills/index.json")).isEqualTo(packager.index(skills).toBytes());
        try (var in = new java.util.jar.JarInputStream(new ByteArrayInputStream(jar))) {
            assertThat(in.getManifest().getMainAttributes().getValue("Created-By")).isEqualTo("skillpack");
        }
    }

    @Test
    void theClaudePluginHasItsManifestAMarketplaceAndTheSkills() throws Exception {
        ClaudePluginInfo plugin = ClaudePluginInfo.builder("demo-skills").version("1.0.0")
                .description("Demo skills.").author("Skillpack Authors", "", "https://example.org")
                .license("Apache-2.0").build();
        Map<String, byte[]> files = packager.claudePlugin(skills, plugin);
        assertThat(new String(files.get(".claude-plugin/plugin.json"), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "name": "demo-skills",
                  "version": "1.0.0",
                  "description": "Demo skills.",
                  "author": {
                    "name": "Skillpack Authors",
                    "url": "https://example.org"
                  },
                  "license": "Apache-2.0"
                }
                """);
        assertThat(new String(files.get(".claude-plugin/marketplace.json"), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "name": "demo-skills",
                  "owner": {
                    "name": "Skillpack Authors"
                  },
                  "plugins": [
                    {
                      "name": "demo-skills",
                      "source": "./",
                      "version": "1.0.0",
                      "description": "Demo skills.",
                      "author": {
                        "name": "Skillpack Authors",
                        "url": "https://example.org"
                      },
                      "license": "Apache-2.0"
                    }
                  ]
                }
                """);
        assertThat(files).containsKeys("skills/pdf-forms/SKILL.md", "skills/release-notes/SKILL.md");
        assertThat(entries(packager.claudePluginZip(skills, plugin))).first().isEqualTo("demo-skills/");
        assertThat(SkillPackager.marketplaceEntry(plugin, "./plugins/demo-skills"))
                .contains("\"source\": \"./plugins/demo-skills\"");

        PackTarget target = PackTarget.of(temp.resolve("target"));
        target.write("plugin/stale.txt", new byte[] {1});
        packager.writeClaudePlugin(skills, plugin, target, "plugin");
        assertThat(target.root().resolve("plugin/stale.txt")).doesNotExist();
        assertThat(target.root().resolve("plugin/.claude-plugin/plugin.json")).exists();
    }

    @Test
    void refusesASkillWhoseNameCannotBeAFolderName() {
        SkillPack pack = SkillParser.create().parsePack(MemorySkillSource.ofText("skills", Map.of(
                "Bad_Name/SKILL.md", "---\nname: Bad_Name\ndescription: x\n---\nbody\n")));
        assertThatThrownBy(() -> packager.prepareAll(pack)).isInstanceOf(PackException.class)
                .hasMessage("skills/Bad_Name/SKILL.md: name 'Bad_Name' is not a valid skill name; packaging needs "
                        + "1-64 lower-case letters, digits and single hyphens, since the name becomes the folder name");
    }

    @Test
    void refusesTwoSkillsWithOneName() {
        SkillPack pack = SkillParser.create().parsePack(MemorySkillSource.ofText("skills", Map.of(
                "a/SKILL.md", "---\nname: same\ndescription: x\n---\n",
                "b/SKILL.md", "---\nname: same\ndescription: y\n---\n")));
        assertThatThrownBy(() -> packager.prepareAll(pack)).isInstanceOf(PackException.class)
                .hasMessage("skills: two skills are named 'same'; a package holds one folder per name, so rename one");
    }

    @Test
    void refusesAFileThatWasNotRead() {
        var source = MemorySkillSource.ofText("skills", Map.of("big/SKILL.md", "---\nname: big\ndescription: x\n---\n",
                "big/references/huge.md", "x".repeat(2000)))
                .withLimits(new dev.skillpack.core.source.SourceLimits(1000, 100, 10));
        SkillPack pack = SkillParser.create().parsePack(source);
        assertThatThrownBy(() -> packager.prepareAll(pack)).isInstanceOf(PackException.class)
                .hasMessage("skills/big/references/huge.md: was not read (too large or unreadable), so it cannot be "
                        + "packaged; fix the problem reported for it, or exclude it");
    }

    @Test
    void refusesToExcludeTheSkillFile() {
        SkillPackager greedy = SkillPackager.create(PackOptions.defaults(STAMP).withExtraExcludes(List.of("*.md")));
        assertThatThrownBy(() -> greedy.prepare(SkillParser.create().parseSkill(temp.resolve("src/release-notes"))))
                .hasMessageEndingWith("SKILL.md: an exclude pattern leaves out the skill file itself; narrow the pattern");
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static byte[] content(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
