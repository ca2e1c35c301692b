package dev.skillpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.parse.SkillParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder walk: per-skill limits, bulky folders, pruning and symbolic links to folders. */
class DirectoryWalkTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void skill(String folder) throws IOException {
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        write(folder + "/SKILL.md", "---\nname: " + name + "\ndescription: Test. Use when testing.\n---\n# T\n");
    }

    private SkillPack parse(SourceLimits limits) {
        return SkillParser.create().parsePack(new DirectorySkillSource(dir, "repo", limits));
    }

    private static List<String> problems(SkillPack pack) {
        return java.util.stream.Stream.concat(pack.problems().stream(),
                        pack.skills().stream().flatMap(s -> s.problems().stream()))
                .map(p -> p.code() + " " + p.span().path() + ": " + p.message()).toList();
    }

    @Test
    void aBigVirtualEnvironmentBesideTheSkillsNeitherCountsNorHidesThem() throws IOException {
        for (int i = 0; i < 30; i++) {
            write(".venv/lib/site-packages/pkg" + i + "/mod.py", "x = 1\n");
            write("src/lib" + i + ".py", "x = 1\n");
        }
        skill("skills/my-skill");
        SkillPack pack = parse(SourceLimits.defaults().withMaxFiles(10));
        assertThat(pack.skills()).extracting(Skill::path).containsExactly("repo/skills/my-skill");
        assertThat(problems(pack)).containsExactly("TOO_MANY_FILES repo/src/lib18.py: more than 10 files outside "
                + "skills; the rest were not listed (skills below are still read)");
    }

    @Test
    void theFileLimitAppliesToEachSkillOnItsOwn() throws IOException {
        skill("skills/a");
        skill("skills/b");
        for (int i = 0; i < 5; i++) {
            write("skills/a/references/r" + i + ".md", "# R\n");
        }
        write("skills/b/references/one.md", "# R\n");
        SkillPack pack = parse(SourceLimits.defaults().withMaxFiles(3));
        assertThat(pack.skills()).extracting(Skill::path).containsExactly("repo/skills/a", "repo/skills/b");
        assertThat(problems(pack)).containsExactly("TOO_MANY_FILES repo/skills/a/references/r2.md: skill holds more "
                + "than 3 files; this one and the rest were not read");
        assertThat(pack.skills().get(1).resources()).hasSize(2);
    }

    @Test
    void theByteTotalAppliesPerSkill() throws IOException {
        skill("skills/a");
        write("skills/a/assets/big.txt", "x".repeat(5000));
        skill("skills/b");
        SkillPack pack = parse(SourceLimits.defaults().withMaxSkillBytes(1000));
        assertThat(problems(pack)).containsExactly("SKILL_TOO_LARGE repo/skills/a/assets/big.txt: skill's files add up "
                + "to more than 1000 bytes; this one and the rest were not read");
        assertThat(pack.skills()).hasSize(2);
    }

    @Test
    void bulkyFoldersAreSkippedSilentlyOutsideSkillsAndReportedInside() throws IOException {
        skill("skills/a");
        write("skills/a/scripts/node_modules/left-pad/index.js", "module.exports = 1;\n");
        write("skills/a/scripts/__pycache__/x.pyc", "bytecode");
        write("skills/a/.venv/lib/x.py", "x = 1");
        write("__pycache__/top.pyc", "bytecode");
        write("node_modules/big/index.js", "1");
        write("build/out.txt", "1");
        skill("build");
        SkillPack pack = parse(SourceLimits.defaults());
        assertThat(pack.skills()).extracting(Skill::path).containsExactly("repo/build", "repo/skills/a");
        assertThat(pack.skills().get(1).resources()).extracting(r -> r.relativePath())
                .containsExactly("SKILL.md", "scripts/__pycache__/x.pyc");
        assertThat(problems(pack)).containsExactly(
                "FOLDER_SKIPPED repo/skills/a/.venv: .venv/ is a folder of tool output or installed "
                        + "dependencies; it was not read. Leave it out of the skill",
                "FOLDER_SKIPPED repo/skills/a/scripts/node_modules: node_modules/ is a folder of tool output or "
                        + "installed dependencies; it was not read. Leave it out of the skill");
    }

    @Test
    void pruneFiltersFoldersOutsideSkillsOnly() throws IOException {
        skill("skills/a");
        write("skills/a/drafts/x.md", "# X\n");
        skill("drafts/old");
        write("vendor/huge/file.txt", "1");
        DirectorySkillSource source = new DirectorySkillSource(dir, "repo", SourceLimits.defaults())
                .withPrune(path -> path.equals("vendor") || path.equals("drafts") || path.equals("skills/a/drafts"));
        SkillPack pack = SkillParser.create().parsePack(source);
        assertThat(pack.skills()).extracting(Skill::path).containsExactly("repo/skills/a");
        assertThat(pack.skills().get(0).resources()).extracting(r -> r.relativePath())
                .containsExactly("SKILL.md", "drafts/x.md");
        assertThat(source.list().files()).extracting(SourceEntry::path).containsExactly("skills/a/SKILL.md",
                "skills/a/drafts/x.md");
    }

    @Test
    void aLinkedSkillFolderInsideTheRootIsValidated() throws IOException {
        skill("library/shared-skill");
        Files.createDirectories(dir.resolve("skills"));
        assumeTrue(link(dir.resolve("skills/shared-skill"), dir.resolve("library/shared-skill")));
        SkillPack pack = parse(SourceLimits.defaults());
        assertThat(pack.skills()).extracting(Skill::path)
                .containsExactly("repo/library/shared-skill", "repo/skills/shared-skill");
        assertThat(problems(pack)).isEmpty();
        assertThat(pack.skills().get(1).frontmatter().name()).contains("shared-skill");
    }

    @Test
    void aLinkedFolderOutsideTheRootIsReportedAsAFolder(@TempDir Path elsewhere) throws IOException {
        Path outside = elsewhere.resolve("external-skill");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("SKILL.md"), "---\nname: external-skill\ndescription: X.\n---\n");
        Files.createDirectories(dir.resolve("skills"));
        assumeTrue(link(dir.resolve("skills/external-skill"), outside));
        skill("skills/local");
        SkillPack pack = parse(SourceLimits.defaults());
        assertThat(pack.skills()).extracting(Skill::path).containsExactly("repo/skills/local");
        List<ParseProblem> all = pack.problems();
        assertThat(all).singleElement().satisfies(p -> {
            assertThat(p.span().path()).isEqualTo("repo/skills/external-skill");
            assertThat(p.message()).startsWith("symbolic link to a folder outside the pack (")
                    .endsWith("); it was not followed. Move the folder into the pack, or validate it on its own")
                    .doesNotContain("copy the file");
        });
    }

    @Test
    void aLinkLoopingBackUpIsReportedOnce() throws IOException {
        skill("skills/a");
        assumeTrue(link(dir.resolve("skills/a/loop"), dir.resolve("skills")));
        SkillPack pack = parse(SourceLimits.defaults());
        assertThat(problems(pack)).containsExactly("SYMLINK repo/skills/a/loop: symbolic link loops back to a folder "
                + "above it; it was not followed");
    }

    @Test
    void theWalkStopsAtItsEntryLimitWithAProblem() throws IOException {
        for (int i = 0; i < 20; i++) {
            write("data/f" + i + ".txt", "1");
        }
        SkillPack pack = parse(SourceLimits.defaults().withMaxEntries(10));
        assertThat(problems(pack)).contains("TOO_MANY_FILES repo: stopped after visiting 10 files and folders; what "
                + "follows data/f17.txt was not read. Validate the folder that holds the skills, or add the bulky "
                + "folders to ignore:");
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
