package dev.skillpack.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void matchesLikeShellGlobsWithFolderPrefixes() {
        assertThat(Glob.compile("references/**").matches("references/a/b.md")).isTrue();
        assertThat(Glob.compile("references/*.md").matches("references/a/b.md")).isFalse();
        assertThat(Glob.compile("references/*.md").matches("references/b.md")).isTrue();
        assertThat(Glob.compile("**/legacy/**").matches("legacy/SKILL.md")).isTrue();
        assertThat(Glob.compile("**/legacy/**").matches("skills/legacy/SKILL.md")).isTrue();
        assertThat(Glob.compile("legacy").matches("legacy/references/x.md")).isTrue();
        assertThat(Glob.compile("legacy").matches("legacy-two/SKILL.md")).isFalse();
        assertThat(Glob.compile("./a/{b,c}/?.md").matches("a/c/x.md")).isTrue();
        assertThat(Glob.compile("a/[!x]*.md").matches("a/y.md")).isTrue();
        assertThat(Glob.compile("a/[!x]*.md").matches("a/x.md")).isFalse();
        assertThat(Glob.compile("*.md").matches("SKILL.md")).isTrue();
        assertThat(Glob.compile("*.md").matches("a/SKILL.md")).isFalse();
    }

    @Test
    void malformedGlobsSaySo() {
        assertThatThrownBy(() -> Glob.compile("a/{b")).hasMessage("unclosed '{' in glob 'a/{b'");
        assertThatThrownBy(() -> Glob.compile("a/b}")).hasMessage("unmatched '}' in glob 'a/b}'");
        assertThatThrownBy(() -> Glob.compile(" ")).hasMessage("empty glob");
    }
}
