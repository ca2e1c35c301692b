package dev.skillpack.validator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, built with JGit: commits at fixed times by a fixed
 * author, so commit ids are the same on every run; branches and tags.
 */
public final class TempGitRepo implements AutoCloseable {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private final Git git;
    private final Path dir;
    private int tick;

    private TempGitRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /**
     * @param dir the folder to create the repository in
     * @return the repository, on branch main, without commits
     */
    public static TempGitRepo init(Path dir) {
        try {
            return new TempGitRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the work tree */
    public Path dir() {
        return dir;
    }

    /**
     * @param path a path in the work tree
     * @param text its new content
     * @return this
     */
    public TempGitRepo write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stages everything (deletions too) and commits.
     *
     * @param message the message
     * @return the commit's full id
     */
    public String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = next();
            RevCommit commit = git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
            return commit.getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param name an annotated tag to create at HEAD
     * @return this
     */
    public TempGitRepo tag(String name) {
        try {
            git.tag().setName(name).setAnnotated(true).setMessage(name).setTagger(next()).setSigned(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param name a branch to create and check out
     * @return this
     */
    public TempGitRepo branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param name a branch to check out
     * @return this
     */
    public TempGitRepo checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param revision a revision
     * @return the first 7 digits of its commit id
     */
    public String shortId(String revision) {
        try {
            return git.getRepository().resolve(revision).getName().substring(0, 7);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PersonIdent next() {
        return new PersonIdent(new PersonIdent("Ada Author", "ada@example.com"), START.plusSeconds(3600L * tick++),
                ZoneOffset.UTC);
    }

    /**
     * @param name the skill's name
     * @param version {@code metadata.version}, or null for none
     * @param body the Markdown body
     * @return a SKILL.md
     */
    public static String skill(String name, String version, String body) {
        return "---\nname: " + name + "\ndescription: Fills " + name + " forms. Use when a form arrives.\n"
                + (version == null ? "" : "metadata:\n  version: \"" + version + "\"\n") + "---\n\n" + body;
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }
}
