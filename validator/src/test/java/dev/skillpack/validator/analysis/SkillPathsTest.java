package dev.skillpack.validator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillPathsTest {

    @Test
    void tellsWhetherATokenHoldsASeparator() {
        String text = "see references/api.md or docs\\a or notes.txt or plain";
        assertThat(SkillPaths.holds(text, 4, 21, false)).isTrue();
        assertThat(SkillPaths.holds(text, 25, 31, false)).isTrue();
        assertThat(SkillPaths.holds(text, 35, 44, false)).isFalse();
        assertThat(SkillPaths.holds(text, 35, 44, true)).isTrue();
        assertThat(SkillPaths.holds(text, 48, 53, true)).isFalse();
        assertThat(SkillPaths.holds(text, 4, 4, true)).isFalse();
    }
}
