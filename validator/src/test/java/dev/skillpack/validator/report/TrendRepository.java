package dev.skillpack.validator.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A real git repository, made with JGit in a temporary folder, holding one skill changed by three commits at
 * fixed times by a fixed author (so the commit ids, and the HTML report drawn from them, are the same on
 * every run): added, grown by a section, then given a reference file.
 */
final class TrendRepository {
    static final String SKILL = "skills/notes";

    private TrendRepository() {
    }

    /** @return the repository's work tree, {@code dir} itself */
    static Path create(Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            write(dir, SKILL + "/SKILL.md", "---\nname: notes\ndescription: Takes meeting notes. Use when asked to "
                    + "write down a meeting.\n---\n\n# Notes\n\nWrite the decisions first.\n");
            commit(git, "Add the notes skill", 0);
            write(dir, SKILL + "/SKILL.md", "---\nname: notes\ndescription: Takes meeting notes. Use when asked to "
                    + "write down a meeting.\n---\n\n# Notes\n\nWrite the decisions first, then the open questions "
                    + "with an owner each, then the action items with a date.\n\n## Format\n\nOne line per item; "
                    + "TODO say more.\n");
            commit(git, "Notes: open questions, action items <and> a format", 1);
            write(dir, SKILL + "/references/format.md", "# Format\n\nDecisions, questions, actions: each a "
                    + "bulleted list under its own heading, newest meeting on top.\n");
            commit(git, "Notes: a format reference", 2);
        }
        return dir;
    }

    private static void write(Path dir, String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void commit(Git git, String message, int day) throws Exception {
        PersonIdent who = new PersonIdent(new PersonIdent("Ada Author", "ada@example.com"),
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
