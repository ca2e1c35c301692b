package dev.skillpack.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillEditorMetadataTest {
    private static SkillEditor editor(String text) {
        Skill skill = SkillParser.create().parseSkill(MemorySkillSource.ofText("demo", Map.of("SKILL.md", text)));
        return SkillEditor.of(skill);
    }

    @Test
    void replacesAnExistingValueInItsQuotingStyle() {
        String head = "---\nname: demo\ndescription: x\nmetadata:\n  owner: me\n  version: ";
        assertThat(editor(head + "\"1.0.0\" # keep\n---\nBody\n").setMetadata("version", "1.1.0"))
                .isEqualTo(head + "\"1.1.0\" # keep\n---\nBody\n");
        assertThat(editor(head + "'1.0.0'\n---\n").setMetadata("version", "1.1.0")).isEqualTo(head + "'1.1.0'\n---\n");
        assertThat(editor(head + "1.0.0-rc\n---\n").setMetadata("version", "1.0.0-rc.2"))
                .isEqualTo(head + "1.0.0-rc.2\n---\n");
    }

    @Test
    void addsAKeyIndentedLikeTheOthersOrTheWholeMapping() {
        assertThat(editor("---\nname: demo\ndescription: x\nmetadata:\n    owner: me\nlicense: MIT\n---\n")
                .setMetadata("version", "1.0.0"))
                .isEqualTo("---\nname: demo\ndescription: x\nmetadata:\n    owner: me\n    version: \"1.0.0\"\nlicense: MIT\n---\n");
        assertThat(editor("---\r\nname: demo\r\ndescription: x\r\n---\r\n").setMetadata("version", "1.0.0"))
                .isEqualTo("---\r\nname: demo\r\ndescription: x\r\nmetadata:\r\n  version: \"1.0.0\"\r\n---\r\n");
        assertThat(editor("---\nname: demo\ndescription: x\nmetadata:\n---\n").setMetadata("version", "1.0.0"))
                .isEqualTo("---\nname: demo\ndescription: x\nmetadata:\n  version: \"1.0.0\"\n---\n");
    }

    @Test
    void refusesAFlowMapping() {
        assertThatThrownBy(() -> editor("---\nname: demo\ndescription: x\nmetadata: {version: 1.0.0}\n---\n")
                .setMetadata("version", "2.0.0")).isInstanceOf(IllegalStateException.class)
                .hasMessage("metadata in demo/SKILL.md is not a block mapping; write it as 'metadata:' with one "
                        + "indented 'key: value' line per key");
    }
}
