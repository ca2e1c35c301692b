package dev.skillpack.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * parse → write → the same bytes, and parse again → the same model. Both parses show their root
 * under the same display path, so every span and path in the two models is comparable.
 */
class RoundTripTest {
    private static final Path REAL_SKILLS = Path.of("src/test/resources/real-skills");
    /** The project's own example pack (a sibling module), in every checkout. */
    private static final Path EXAMPLE_PACK = Path.of("../example-skills/src/main/skills");

    @TempDir
    Path temp;

    @Test
    void checkedInRealSkills() throws IOException {
        SkillPack pack = roundTrip(REAL_SKILLS, "real-skills");
        assertThat(pack.skills()).extracting(Skill::path).containsExactly(
                "real-skills/anthropics/brand-guidelines", "real-skills/anthropics/frontend-design",
                "real-skills/anthropics/internal-comms", "real-skills/anthropics/mcp-builder",
                "real-skills/openai/create-plan", "real-skills/openai/linear",
                "real-skills/openai/notion-knowledge-capture");
        assertThat(pack.skills()).flatExtracting(Skill::problems).isEmpty();
    }

    @Test
    void theExamplePack() throws IOException {
        SkillPack pack = roundTrip(EXAMPLE_PACK, "example-skills");
        assertThat(pack.skills()).extracting(Skill::path).containsExactly("example-skills/secure-web-development");
        assertThat(pack.skills().get(0).resources()).hasSizeGreaterThanOrEqualTo(10);
    }

    /** Parses a pack, writes every skill into a fresh folder, and checks bytes, file set and model. */
    private SkillPack roundTrip(Path root, String display) throws IOException {
        SkillPack original = SkillParser.create().parsePack(new DirectorySkillSource(root, display,
                SourceLimits.defaults()));
        assertThat(original.skills()).isNotEmpty();
        Path copy = temp.resolve("copy");
        List<String> written = new ArrayList<>();
        for (Skill skill : original.skills()) {
            String folder = skill.path().substring(display.length() + 1);
            Path target = copy.resolve(folder);
            assertThat(SkillWriter.write(skill, target)).hasSize(skill.resources().size());
            for (Resource resource : skill.resources()) {
                Path source = root.resolve(folder).resolve(resource.relativePath());
                Path out = target.resolve(resource.relativePath());
                assertThat(out).as(resource.path()).hasSameBinaryContentAs(source);
                assertThat(Files.isExecutable(out)).as(resource.path()).isEqualTo(resource.executable());
                written.add(folder + "/" + resource.relativePath());
            }
        }
        try (Stream<Path> files = Files.walk(copy)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> copy.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(written);
        }
        SkillPack again = SkillParser.create().parsePack(new DirectorySkillSource(copy, display,
                SourceLimits.defaults()));
        assertThat(again.skills()).hasSameSizeAs(original.skills());
        for (int i = 0; i < original.skills().size(); i++) {
            assertThat(again.skills().get(i)).as(original.skills().get(i).path()).isEqualTo(original.skills().get(i));
        }
        assertThat(again.skills()).isEqualTo(original.skills());
        return original;
    }
}
