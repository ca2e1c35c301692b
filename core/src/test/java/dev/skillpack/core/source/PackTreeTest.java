package dev.skillpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.PackTree;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack's tree: which paths the listing saw, so that a rule can tell a plugin path that names nothing from one
 * under a folder the listing skipped, without touching the file system.
 */
class PackTreeTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void pluginLayout() throws IOException {
        write(".claude-plugin/marketplace.json", "{}");
        write("plugins/review/.claude-plugin/plugin.json", "{}");
        write("plugins/review/skills/reviewing-code/SKILL.md", "---\nname: reviewing-code\n---\n# R\n");
        write("plugins/review/hooks/hooks.json", "{}");
    }

    @Test
    void filesAndTheFoldersHoldingThemAreKnownAndTheRestIsNothing() throws IOException {
        pluginLayout();
        PackTree tree = SkillParser.create().parsePack(DirectorySkillSource.of(dir)).tree();

        assertThat(tree.kind("plugins/review/hooks/hooks.json")).isEqualTo(PackTree.Kind.FILE);
        assertThat(tree.kind("plugins/review")).isEqualTo(PackTree.Kind.FOLDER);
        assertThat(tree.kind("plugins")).isEqualTo(PackTree.Kind.FOLDER);
        assertThat(tree.kind("")).isEqualTo(PackTree.Kind.FOLDER);
        assertThat(tree.kind("plugins/linting")).isEqualTo(PackTree.Kind.NOTHING);
        assertThat(tree.kind("plugins/review/commands")).isEqualTo(PackTree.Kind.NOTHING);
    }

    @Test
    void underASkippedOrPrunedFolderNothingIsJudged() throws IOException {
        pluginLayout();
        write("node_modules/review-plugin/.claude-plugin/plugin.json", "{}");
        write("vendor/plugins/lint/README.md", "x");
        DirectorySkillSource source = new DirectorySkillSource(dir, "repo", SourceLimits.defaults())
                .withPrune(path -> path.equals("vendor"));

        SourceListing listing = source.list();
        PackTree tree = SkillParser.create().parsePack(source).tree();

        assertThat(listing.unlisted()).containsExactly("node_modules", "vendor");
        assertThat(tree.kind("node_modules/review-plugin")).isEqualTo(PackTree.Kind.UNKNOWN);
        assertThat(tree.kind("vendor/plugins/lint")).isEqualTo(PackTree.Kind.UNKNOWN);
        assertThat(tree.kind("plugins/linting")).isEqualTo(PackTree.Kind.NOTHING);
    }

    @Test
    void aFolderTooDeepToListIsNotJudged() throws IOException {
        pluginLayout();
        write("a/b/c/d/e.md", "x");

        SourceListing listing = new DirectorySkillSource(dir, "repo", SourceLimits.defaults().withMaxDepth(2)).list();

        assertThat(listing.unlisted()).contains("a/b/c");
    }

    @Test
    void aListingCutShortByALimitKnowsNothingAboutAbsence() throws IOException {
        pluginLayout();
        for (int i = 0; i < 5; i++) {
            write("docs/page-" + i + ".md", "x");
        }
        SkillPack pack = SkillParser.create().parsePack(
                new DirectorySkillSource(dir, "repo", SourceLimits.defaults().withMaxFiles(3)));

        assertThat(pack.tree().kind("plugins/linting")).isEqualTo(PackTree.Kind.UNKNOWN);
    }

    @Test
    void aPackWithoutClientFilesOrNotReadFromAListingKnowsNothing() throws IOException {
        write("skills/a/SKILL.md", "---\nname: a\n---\n# A\n");

        assertThat(SkillParser.create().parsePack(DirectorySkillSource.of(dir)).tree()).isEqualTo(PackTree.unknown());
        assertThat(new SkillPack("p", List.of(), List.of(), List.of()).tree().kind("x")).isEqualTo(PackTree.Kind.UNKNOWN);
    }
}
