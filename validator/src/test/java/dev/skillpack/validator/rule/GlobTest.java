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
    void bracketsRangesBracesAndEscapes() {
        assertThat(Glob.compile("v[0-9].md").matches("v7.md")).isTrue();
        assertThat(Glob.compile("v[0-9].md").matches("vx.md")).isFalse();
        assertThat(Glob.compile("[]x]").matches("]")).isTrue();
        assertThat(Glob.compile("a[!x]b").matches("a/b")).isFalse();
        assertThat(Glob.compile("{draft,old}/**").matches("old/x/y.md")).isTrue();
        assertThat(Glob.compile("{a,b{c,d}}.md").matches("bd.md")).isTrue();
        assertThat(Glob.compile("{a,b{c,d}}.md").matches("b.md")).isFalse();
        assertThat(Glob.compile("a,b").matches("a,b")).isTrue();
        assertThat(Glob.compile("\\*.md").matches("*.md")).isTrue();
        assertThat(Glob.compile("\\*.md").matches("x.md")).isFalse();
        assertThat(Glob.compile("**").matches("a/b/c")).isTrue();
        assertThat(Glob.compile("a**z").matches("a/b/z")).isTrue();
        assertThat(Glob.compile("**/x.md").matches("x.md")).isTrue();
        assertThat(Glob.compile("**/x.md").matches("a/b/x.md")).isTrue();
        assertThat(Glob.compile("**/x.md").matches("a/bx.md")).isFalse();
        assertThat(Glob.compile("a/**/b").matches("a/b")).isTrue();
        assertThat(Glob.compile("a/**/b").matches("a/x/y/b/c.md")).isTrue();
    }

    /**
     * A glob that a backtracking regex takes exponential time on. The timeout only guards against a
     * hang (the matcher answers in milliseconds); speed itself is measured in bench/.
     */
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void pathologicalGlobsMatchInLinearTime() {
        Glob glob = Glob.compile("*a".repeat(40) + "*b");
        String name = "a".repeat(20_000);
        assertThat(glob.matches(name)).isFalse();
        assertThat(glob.matches(name + "b")).isTrue();
        assertThat(glob.matches(name + "/" + name)).isFalse();
        Glob deep = Glob.compile("**/".repeat(30) + "**a".repeat(30) + "**b");
        assertThat(deep.matches(("a/").repeat(5_000) + "c")).isFalse();
        Glob braces = Glob.compile("{a,a,a,a,a}".repeat(20) + "*b");
        assertThat(braces.matches("a".repeat(10_000))).isFalse();
    }

    @Test
    void malformedGlobsSaySo() {
        assertThatThrownBy(() -> Glob.compile("a/[z-a]")).hasMessage("range 'z-a' is backwards in glob 'a/[z-a]'");
        assertThatThrownBy(() -> Glob.compile("a/[bc")).hasMessage("unclosed '[' in glob 'a/[bc'");
        assertThatThrownBy(() -> Glob.compile("a/{b")).hasMessage("unclosed '{' in glob 'a/{b'");
        assertThatThrownBy(() -> Glob.compile("a/b}")).hasMessage("unmatched '}' in glob 'a/b}'");
        assertThatThrownBy(() -> Glob.compile(" ")).hasMessage("empty glob");
    }
}
