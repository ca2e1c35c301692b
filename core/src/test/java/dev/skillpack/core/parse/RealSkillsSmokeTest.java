package dev.skillpack.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RealSkillsSmokeTest {
    @Test
    void realPacksParseWithoutProblems() {
        SkillPack pack = SkillParser.create().parsePack(Path.of("src/test/resources/real-skills"));
        assertThat(pack.skills()).hasSize(7);
        for (Skill skill : pack.skills()) {
            assertThat(skill.problems()).isEmpty();
            assertThat(skill.name()).contains(skill.folderName());
        }
    }
}
