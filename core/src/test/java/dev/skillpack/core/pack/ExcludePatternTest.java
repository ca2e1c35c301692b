package dev.skillpack.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcludePatternTest {
    private final PackOptions defaults = PackOptions.defaults(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void defaultsLeaveOutBuildJunkAnywhereAndEvalsAtTheRoot() {
        assertThat(defaults.excluded("scripts/__pycache__/fill.cpython-312.pyc")).isTrue();
        assertThat(defaults.excluded("__pycache__/x")).isTrue();
        assertThat(defaults.excluded("web/node_modules/left-pad/index.js")).isTrue();
        assertThat(defaults.excluded("stray.pyc")).isTrue();
        assertThat(defaults.excluded("assets/.DS_Store")).isTrue();
        assertThat(defaults.excluded("evals/evals.json")).isTrue();
        assertThat(defaults.excluded("references/evals/how.md")).isFalse();
        assertThat(defaults.excluded("evals.md")).isFalse();
        assertThat(defaults.excluded("scripts/fill.py")).isFalse();
        assertThat(defaults.excluded("SKILL.md")).isFalse();
    }

    @Test
    void folderPatternsMatchOnlyFoldersAndAnchoredPatternsOnlyFromTheRoot() {
        assertThat(ExcludePattern.of("drafts/").matches("drafts")).isFalse();
        assertThat(ExcludePattern.of("drafts/").matches("a/drafts/b.md")).isTrue();
        assertThat(ExcludePattern.of("/drafts/").matches("a/drafts/b.md")).isFalse();
        assertThat(ExcludePattern.of("/drafts/").matches("drafts/b.md")).isTrue();
        assertThat(ExcludePattern.of("references/*.tmp").matches("references/a.tmp")).isTrue();
        assertThat(ExcludePattern.of("references/*.tmp").matches("references/x/a.tmp")).isFalse();
        assertThat(ExcludePattern.of("references/**.tmp").matches("references/x/a.tmp")).isTrue();
        assertThat(ExcludePattern.of("?.md").matches("notes/a.md")).isTrue();
        assertThat(ExcludePattern.of("?.md").matches("notes/ab.md")).isFalse();
        assertThat(ExcludePattern.of("a+b.md").matches("a+b.md")).isTrue();
        assertThat(ExcludePattern.of("a+b.md").matches("aab.md")).isFalse();
    }

    @Test
    void extraExcludesComeAfterTheDefaults() {
        PackOptions more = defaults.withExtraExcludes(List.of("drafts/"));
        assertThat(more.excludes()).hasSize(PackOptions.DEFAULT_EXCLUDES.size() + 1);
        assertThat(more.excluded("drafts/idea.md")).isTrue();
        assertThat(defaults.excluded("drafts/idea.md")).isFalse();
    }

    @Test
    void refusesPatternsThatCannotMatchAForwardSlashPath() {
        assertThatThrownBy(() -> ExcludePattern.of("/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exclude pattern '/' is empty or holds a backslash or control character; "
                        + "write paths with forward slashes");
        assertThatThrownBy(() -> ExcludePattern.of("a\\b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExcludePattern.of("a\u001b[31m")).hasMessageStartingWith("exclude pattern 'a?[31m'");
    }
}
