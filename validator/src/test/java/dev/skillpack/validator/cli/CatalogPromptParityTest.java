package dev.skillpack.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.catalog.SkillCatalog;
import dev.skillpack.core.pack.BuildTimestamp;
import dev.skillpack.core.pack.PackOptions;
import dev.skillpack.core.pack.PackTarget;
import dev.skillpack.core.pack.SkillPackager;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SkillCatalog.availableSkillsPrompt()} prints exactly what {@code skillpack to-prompt} prints, and
 * both exactly what the reference validator printed for the same skills (checked in under
 * src/test/resources/parity).
 */
class CatalogPromptParityTest {
    private static final Path SKILLS = Path.of("src/test/resources/parity/to-prompt/skills").toAbsolutePath();
    private static final List<String> NAMES = List.of("alpha-report", "beta-escape", "gamma-lower");

    @Test
    void theCatalogsBlockIsTheCliBlockIsTheReferenceBlock() throws Exception {
        SkillCatalog.Builder builder = SkillCatalog.builder();
        NAMES.forEach(n -> builder.addFolder(SKILLS.resolve(n)));
        SkillCatalog catalog = builder.build();
        assertThat(catalog.problems()).isEmpty();

        CliRunner.Result cli = CliRunner.in(SKILLS, SampleRules.all()).run("to-prompt", NAMES.get(0), NAMES.get(1), NAMES.get(2));
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.OK);
        String reference = Files.readString(SKILLS.resolveSibling("expected.xml"), StandardCharsets.UTF_8)
                .replace("@ROOT@", SKILLS.toRealPath().toString().replace('\\', '/'));

        assertThat(catalog.availableSkillsPrompt()).isEqualTo(cli.out()).isEqualTo(reference);
    }

    @Test
    void aJarListsTheSameNamesAndDescriptionsWithJarLocations(@TempDir Path temp) throws Exception {
        SkillPackager packager = SkillPackager.create(PackOptions.defaults(BuildTimestamp.parse("1767225600")));
        Path jar = packager.writeClasspathJar(packager.prepareAll(SkillParser.create().parsePack(SKILLS)),
                PackTarget.of(temp), "parity.jar");
        String fromJar = SkillCatalog.builder().addJar(jar).build().availableSkillsPrompt();
        String fromFolder = SkillCatalog.builder().addFolder(SKILLS).build().availableSkillsPrompt();
        String jarRoot = "jar:" + jar.toUri() + "!/META-INF/resources/skills";
        String folderRoot = SKILLS.toRealPath().toString().replace('\\', '/');
        assertThat(fromJar).isEqualTo(fromFolder.replace(folderRoot, jarRoot));
    }
}
